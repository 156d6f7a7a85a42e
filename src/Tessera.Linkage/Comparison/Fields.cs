namespace Tessera.Linkage.Comparison;

/// <summary>The compared fields. A pair's comparison vector packs one level per field, three bits each; level 0 is "missing on either side".</summary>
public enum Field
{
    Nhs = 0,
    Given = 1,
    Family = 2,
    Dob = 3,
    Sex = 4,
    Postcode = 5,
    Address = 6,
    Town = 7,
    Email = 8,
}

/// <summary>Level numbers and their plain-English names (higher is closer). Shown to reviewers beside each field's weight.</summary>
public static class Levels
{
    public const int FieldCount = 9;
    public const int LevelsPerField = 8;
    public const int Missing = 0;

    public static readonly Field[] All = Enum.GetValues<Field>();

    public static int Get(int gamma, Field field) => (gamma >> ((int)field * 3)) & 7;

    public static int Set(int gamma, Field field, int level) => gamma | (level << ((int)field * 3));

    public static int TopLevel(Field field) => field switch
    {
        Field.Nhs or Field.Sex => 2,
        Field.Given => 7,
        Field.Family => 6,
        Field.Dob => 5,
        Field.Postcode or Field.Address => 4,
        Field.Town or Field.Email => 3,
        _ => 0,
    };

    public static string Describe(Field field, int level) => level == 0 ? "missing" : field switch
    {
        Field.Nhs => level == 2 ? "same NHS number" : "different NHS numbers",
        Field.Given => level switch
        {
            7 => "exact",
            6 => "very similar (Jaro-Winkler ≥ 0.92)",
            5 => "nickname or variant",
            4 => "sounds alike, or similar (≥ 0.88)",
            3 => "swapped with family name",
            2 => "somewhat similar (≥ 0.70)",
            _ => "different",
        },
        Field.Family => level switch
        {
            6 => "exact",
            5 => "very similar (Jaro-Winkler ≥ 0.92)",
            4 => "sounds alike, shares a part, or similar (≥ 0.88)",
            3 => "swapped with given name",
            2 => "somewhat similar (≥ 0.70)",
            _ => "different",
        },
        Field.Dob => level switch
        {
            5 => "exact",
            4 => "one digit different",
            3 => "day and month transposed",
            2 => "same year only",
            _ => "different",
        },
        Field.Sex => level == 2 ? "same" : "different",
        Field.Postcode => level switch
        {
            4 => "exact",
            3 => "same sector",
            2 => "same district",
            _ => "different",
        },
        Field.Address or Field.Town or Field.Email => (level, TopLevel(field)) switch
        {
            var (l, t) when l == t => "exact",
            var (l, t) when l == t - 1 => "very similar",
            (2, 4) => "similar",
            _ => "different",
        },
        _ => level.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
