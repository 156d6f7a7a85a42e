using Tessera.Linkage.Comparison;
using Tessera.Linkage.Records;

namespace Tessera.Linkage.Blocking;

/// <summary>A part of a blocking key: the records that agree on every part of a rule are compared.</summary>
public enum KeyPart
{
    Nhs,
    GivenPhonetic,
    FamilyPhonetic,
    GivenInitial,
    FamilyInitial,
    Dob,
    DobYearMonth,
    Postcode,
    District,
    Email,
    /// <summary>Both names' sounds, in either order, so a pair with forename and surname swapped still meets.</summary>
    NameSounds,
    Given,
    Family,
    Address,
    Town,
    DobYear,
}

/// <summary>
/// One blocking rule: records with the same key on every part become candidate pairs. A record missing any part is left
/// out of the rule (missing never matches missing).
/// </summary>
public sealed record BlockingRule(string Name, params KeyPart[] Parts)
{
    /// <summary>A tighter cap on block size for a loose rule: it helps small files with many errors and adds little cost to large ones.</summary>
    public int? MaxBlockSize { get; init; }

    public const int LooseCap = 100;

    /// <summary>
    /// The rules used by default, most selective first; their union is the candidate set. The loose rules (capped at
    /// <see cref="LooseCap"/> records a block) find the badly garbled duplicates in small files and cost almost nothing
    /// on a million records, where their blocks are too big and are skipped (and reported).
    /// </summary>
    public static IReadOnlyList<BlockingRule> Defaults { get; } =
    [
        new("nhs", KeyPart.Nhs),
        new("name-sounds", KeyPart.NameSounds),
        new("dob+family-initial", KeyPart.Dob, KeyPart.FamilyInitial),
        new("dob+given-initial", KeyPart.Dob, KeyPart.GivenInitial),
        new("postcode", KeyPart.Postcode),
        new("email", KeyPart.Email),
        new("address", KeyPart.Address),
        new("dob", KeyPart.Dob) { MaxBlockSize = LooseCap },
        new("family-sound+dob-year", KeyPart.FamilyPhonetic, KeyPart.DobYear) { MaxBlockSize = LooseCap },
        new("given-sound+dob-year", KeyPart.GivenPhonetic, KeyPart.DobYear) { MaxBlockSize = LooseCap },
        new("given+town", KeyPart.Given, KeyPart.Town) { MaxBlockSize = LooseCap },
        new("family+town", KeyPart.Family, KeyPart.Town) { MaxBlockSize = LooseCap },
        new("given-initial+dob-year", KeyPart.GivenInitial, KeyPart.DobYear) { MaxBlockSize = LooseCap },
        new("family-initial+dob-year", KeyPart.FamilyInitial, KeyPart.DobYear) { MaxBlockSize = LooseCap },
        new("dob-month", KeyPart.DobYearMonth) { MaxBlockSize = LooseCap },
        new("given", KeyPart.Given) { MaxBlockSize = LooseCap },
        new("family", KeyPart.Family) { MaxBlockSize = LooseCap },
    ];

    /// <summary>The fields a rule forces to agree: expectation-maximisation cannot learn their m from this rule's pairs.</summary>
    public IReadOnlyList<Field> FixedFields => [.. Parts.Select(FieldOf).Distinct()];

    public static Field FieldOf(KeyPart part) => part switch
    {
        KeyPart.Nhs => Field.Nhs,
        KeyPart.GivenPhonetic or KeyPart.GivenInitial or KeyPart.Given => Field.Given,
        KeyPart.FamilyPhonetic or KeyPart.FamilyInitial or KeyPart.Family or KeyPart.NameSounds => Field.Family,
        KeyPart.Dob or KeyPart.DobYearMonth or KeyPart.DobYear => Field.Dob,
        KeyPart.Address => Field.Address,
        KeyPart.Town => Field.Town,
        KeyPart.Postcode or KeyPart.District => Field.Postcode,
        _ => Field.Email,
    };

    /// <summary>The rule's key for record <paramref name="i"/>, or 0 when a part is missing.</summary>
    public ulong Key(RecordSet records, string[] names, int i)
    {
        ulong key = 14695981039346656037UL;
        foreach (var part in Parts)
        {
            var value = PartValue(records, names, part, i);
            if (value == 0)
            {
                return 0;
            }

            key = (key ^ (ulong)value) * 1099511628211UL;
            key ^= key >> 29;
        }

        return key == 0 ? 1 : key;
    }

    private static long PartValue(RecordSet r, string[] names, KeyPart part, int i) => part switch
    {
        KeyPart.Nhs => r.Nhs[i],
        KeyPart.GivenPhonetic => r.GivenPhonetic[i],
        KeyPart.FamilyPhonetic => r.FamilyPhonetic[i],
        KeyPart.GivenInitial => r.Given[i] == 0 ? 0 : names[r.Given[i]][0],
        KeyPart.FamilyInitial => r.Family[i] == 0 ? 0 : names[r.Family[i]][0],
        KeyPart.Dob => r.Dob[i],
        KeyPart.DobYearMonth => r.Dob[i] / 100,
        KeyPart.Postcode => r.Postcode[i],
        KeyPart.District => r.District[i],
        KeyPart.Email => r.Email[i],
        KeyPart.NameSounds => r.GivenPhonetic[i] == 0 || r.FamilyPhonetic[i] == 0 ? 0
            : ((long)Math.Min(r.GivenPhonetic[i], r.FamilyPhonetic[i]) << 32) | (uint)Math.Max(r.GivenPhonetic[i], r.FamilyPhonetic[i]),
        KeyPart.Given => r.Given[i],
        KeyPart.Family => r.Family[i],
        KeyPart.Address => r.Address[i],
        KeyPart.Town => r.Town[i],
        KeyPart.DobYear => r.Dob[i] / 10000,
        _ => 0,
    };
}
