using System.Globalization;
using Tessera.Linkage.Records;
using Tessera.Linkage.Standardisation;

namespace Tessera.Linkage.Synthetic;

/// <summary>Generated records and, for each, the invented child it describes.</summary>
public sealed record SyntheticRecords(IReadOnlyList<PersonRecord> Records, int[] Truth, int Children);

/// <summary>
/// Deterministic generator of UK-style child records as several agencies would hold them: the same child appears
/// more than once with realistic errors (typing slips, nicknames, forename and surname swapped, day and month
/// transposed or one digit wrong, missing or wrong NHS numbers, moves of address), and siblings and twins who share a
/// surname, address and sometimes a birthday, as the hardest non-matches. The same seed always gives the same records.
/// </summary>
public static class ChildRecordGenerator
{
    private static readonly DateOnly Start = new(2008, 1, 1);

    public static SyntheticRecords Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var variants = VariantLookup();
        var records = new List<PersonRecord>(count);
        var truth = new int[count];
        var child = 0;
        Household household = NewHousehold(random);
        while (records.Count < count)
        {
            // About one child in five shares a household with the previous one (siblings), one in fifty is a twin.
            var sibling = random.NextDouble() < 0.2;
            var twin = sibling && random.NextDouble() < 0.1;
            if (!sibling)
            {
                household = NewHousehold(random);
            }

            var sex = random.Next(2) == 0 ? "M" : "F";
            var given = Pick(random, sex == "M" ? SyntheticNames.Boys : SyntheticNames.Girls, 0.4);
            while (sibling && household.Given.Contains(given))
            {
                given = Pick(random, sex == "M" ? SyntheticNames.Boys : SyntheticNames.Girls, 0.4);
            }

            household.Given.Add(given);
            var dob = twin ? household.LastDob : Start.AddDays(random.Next(365 * 18));
            household.LastDob = dob;
            var nhs = NewNhsNumber(random);
            var copies = 1 + Copies(random);
            for (var c = 0; c < copies && records.Count < count; c++)
            {
                truth[records.Count] = child;
                records.Add(c == 0
                    ? Clean(records.Count, given, household, dob, sex, nhs, random)
                    : WithErrors(records.Count, given, household, dob, sex, nhs, random, variants));
            }

            child++;
        }

        return new SyntheticRecords(records, truth, child);
    }

    private static int Copies(Random random)
    {
        var r = random.NextDouble();
        return r < 0.45 ? 0 : r < 0.80 ? 1 : r < 0.95 ? 2 : 3;
    }

    private static PersonRecord Clean(int index, string given, Household h, DateOnly dob, string sex, long nhs, Random random) => new()
    {
        Id = Id(index),
        Given = given,
        Family = h.Family,
        DateOfBirth = dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Sex = sex,
        Postcode = h.Postcode,
        Address = h.Address,
        Town = h.Town,
        NhsNumber = random.NextDouble() < 0.6 ? nhs.ToString(CultureInfo.InvariantCulture) : null,
    };

    private static PersonRecord WithErrors(int index, string given, Household h, DateOnly dob, string sex, long nhs, Random random, Dictionary<string, string[]> variants)
    {
        var g = given;
        var roll = random.NextDouble();
        if (roll < 0.10 && variants.TryGetValue(given, out var nick))
        {
            g = nick[random.Next(nick.Length)];
        }
        else if (roll < 0.20)
        {
            g = Typo(g, random);
        }
        else if (roll < 0.22)
        {
            g = "";
        }

        var f = h.Family;
        roll = random.NextDouble();
        if (roll < 0.08)
        {
            f = Typo(f, random);
        }
        else if (roll < 0.10)
        {
            f = $"{f}-{Pick(random, SyntheticNames.Surnames, 1.0)}";
        }
        else if (roll < 0.12)
        {
            f = "";
        }

        if (random.NextDouble() < 0.03)
        {
            (g, f) = (f, g);
        }

        var dobText = dob.ToString(random.NextDouble() < 0.3 ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        roll = random.NextDouble();
        if (roll < 0.04 && dob.Day <= 12 && dob.Day != dob.Month)
        {
            dobText = new DateOnly(dob.Year, dob.Day, dob.Month).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (roll < 0.08)
        {
            dobText = OneDigitOff(dob, random);
        }
        else if (roll < 0.10)
        {
            dobText = "";
        }

        string? postcode = h.Postcode, address = h.Address, town = h.Town;
        roll = random.NextDouble();
        if (roll < 0.10)
        {
            var moved = NewHousehold(random);
            (postcode, address) = (moved.Postcode, moved.Address);
            town = random.NextDouble() < 0.5 ? moved.Town : town;
        }
        else if (roll < 0.13)
        {
            postcode = postcode.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        }
        else if (roll < 0.16)
        {
            postcode = null;
        }

        string? nhsText = null;
        roll = random.NextDouble();
        if (roll < 0.55)
        {
            nhsText = nhs.ToString(CultureInfo.InvariantCulture);
        }
        else if (roll < 0.56)
        {
            nhsText = NewNhsNumber(random).ToString(CultureInfo.InvariantCulture);
        }
        else if (roll < 0.57)
        {
            nhsText = (nhs + 1).ToString(CultureInfo.InvariantCulture);
        }

        return new PersonRecord
        {
            Id = Id(index),
            Given = random.NextDouble() < 0.3 ? g.ToLowerInvariant() : g,
            Family = f,
            DateOfBirth = dobText,
            Sex = random.NextDouble() < 0.05 ? null : sex,
            Postcode = postcode,
            Address = address,
            Town = town,
            NhsNumber = nhsText,
        };
    }

    private static string Id(int index) => $"R{index:D7}";

    private sealed class Household
    {
        public required string Family { get; init; }

        public required string Postcode { get; init; }

        public required string Address { get; init; }

        public required string Town { get; init; }

        public DateOnly LastDob { get; set; }

        public HashSet<string> Given { get; } = [];
    }

    private static Household NewHousehold(Random random)
    {
        var area = random.Next(SyntheticNames.Areas.Length);
        var district = random.Next(1, 40);
        var postcode = $"{SyntheticNames.Areas[area]}{district} {random.Next(10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
        return new Household
        {
            Family = Pick(random, SyntheticNames.Surnames, 0.6),
            Postcode = postcode,
            Address = $"{random.Next(1, 200)} {SyntheticNames.Streets[random.Next(SyntheticNames.Streets.Length)]} {SyntheticNames.StreetTypes[random.Next(SyntheticNames.StreetTypes.Length)]}",
            Town = SyntheticNames.Towns[area * 2 % SyntheticNames.Towns.Length],
        };
    }

    /// <summary>Zipf-like choice: early names are common, later ones rare, as in real name frequencies.</summary>
    private static string Pick(Random random, string[] names, double exponent)
    {
        var u = random.NextDouble();
        var index = (int)(Math.Pow(u, 1 + exponent) * names.Length);
        return names[Math.Min(index, names.Length - 1)];
    }

    private static long NewNhsNumber(Random random)
    {
        while (true)
        {
            var number = NhsNumber.FromNineDigits(random.NextInt64(100_000_000, 1_000_000_000));
            if (number != 0)
            {
                return number;
            }
        }
    }

    private static string Typo(string name, Random random)
    {
        if (name.Length < 3)
        {
            return name;
        }

        var chars = name.ToList();
        var at = random.Next(1, chars.Count - 1);
        switch (random.Next(4))
        {
            case 0:
                chars[at] = (char)('A' + random.Next(26));
                break;
            case 1:
                chars.RemoveAt(at);
                break;
            case 2:
                chars.Insert(at, (char)('A' + random.Next(26)));
                break;
            default:
                (chars[at], chars[at + 1 < chars.Count ? at + 1 : at - 1]) = (chars[at + 1 < chars.Count ? at + 1 : at - 1], chars[at]);
                break;
        }

        return new string([.. chars]);
    }

    private static string OneDigitOff(DateOnly dob, Random random)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var digits = dob.ToString("yyyyMMdd", CultureInfo.InvariantCulture).ToCharArray();
            var at = random.Next(2, 8);
            digits[at] = (char)('0' + random.Next(10));
            var text = new string(digits);
            if (text != dob.ToString("yyyyMMdd", CultureInfo.InvariantCulture) && DateOfBirth.Parse(text) != 0)
            {
                return text;
            }
        }

        return dob.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, string[]> VariantLookup()
    {
        // Nicknames for the generator come from the same table the matcher uses, as real variants would.
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in SyntheticNames.Boys.Concat(SyntheticNames.Girls))
        {
            var groups = NameVariants.Default.GroupsOf(name);
            if (groups == 0)
            {
                continue;
            }

            var options = NameVariants.Default.VariantsOf(name);
            if (options.Count > 0)
            {
                result[name] = [.. options];
            }
        }

        return result;
    }
}
