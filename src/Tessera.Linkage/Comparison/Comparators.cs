namespace Tessera.Linkage.Comparison;

/// <summary>
/// The comparison of each field, on standardised values. Pure functions so each can be checked against hand-worked
/// cases; <see cref="PairComparer"/> calls them with a record set's ids and strings.
/// </summary>
public static class Comparators
{
    public const double VerySimilar = 0.92;
    public const double Similar = 0.88;
    public const double SomewhatSimilar = 0.70;

    /// <summary>NHS numbers (already validated; 0 is missing or invalid): 2 same, 1 different.</summary>
    public static int Nhs(long a, long b) => a == 0 || b == 0 ? 0 : a == b ? 2 : 1;

    /// <summary>Given names: 7 exact, 6 Jaro-Winkler ≥ 0.92, 5 nickname/variant, 4 same NYSIIS code or first name part or ≥ 0.88, 2 ≥ 0.70, 1 different.</summary>
    public static int Given(string a, string b, int phoneticA, int phoneticB, ulong groupsA, ulong groupsB, string firstA, string firstB)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 7;
        }

        var jw = Comparison.JaroWinkler.Similarity(a, b);
        if (jw >= VerySimilar)
        {
            return 6;
        }

        if (Standardisation.NameVariants.Share(groupsA, groupsB))
        {
            return 5;
        }

        if ((phoneticA != 0 && phoneticA == phoneticB) || firstA == firstB || jw >= Similar)
        {
            return 4;
        }

        return jw >= SomewhatSimilar ? 2 : 1;
    }

    /// <summary>Family names: 6 exact, 5 ≥ 0.92, 4 same NYSIIS code, a shared part of a double-barrelled name, or ≥ 0.88, 2 ≥ 0.70, 1 different.</summary>
    public static int Family(string a, string b, int phoneticA, int phoneticB, string lastA, string lastB)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 6;
        }

        var jw = Comparison.JaroWinkler.Similarity(a, b);
        if (jw >= VerySimilar)
        {
            return 5;
        }

        if ((phoneticA != 0 && phoneticA == phoneticB) || lastA == lastB || SharesPart(a, b) || jw >= Similar)
        {
            return 4;
        }

        return jw >= SomewhatSimilar ? 2 : 1;
    }

    /// <summary>Forename and surname the other way round: each very similar to the other record's opposite name.</summary>
    public static bool Swapped(string givenA, string familyA, string givenB, string familyB) =>
        givenA.Length > 0 && familyA.Length > 0 && givenB.Length > 0 && familyB.Length > 0
        && Comparison.JaroWinkler.Similarity(givenA, familyB) >= VerySimilar
        && Comparison.JaroWinkler.Similarity(familyA, givenB) >= VerySimilar;

    /// <summary>Dates as yyyymmdd: 5 exact, 4 one digit different, 3 day and month transposed, 2 same year only, 1 different.</summary>
    public static int Dob(int a, int b)
    {
        if (a == 0 || b == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 5;
        }

        var differing = 0;
        for (int x = a, y = b, k = 0; k < 8; k++, x /= 10, y /= 10)
        {
            if (x % 10 != y % 10)
            {
                differing++;
            }
        }

        if (differing == 1)
        {
            return 4;
        }

        int yearA = a / 10000, yearB = b / 10000;
        if (yearA != yearB)
        {
            return 1;
        }

        int monthA = a / 100 % 100, dayA = a % 100, monthB = b / 100 % 100, dayB = b % 100;
        return monthA == dayB && dayA == monthB ? 3 : 2;
    }

    /// <summary>Sex: 2 same, 1 different (unknown is missing).</summary>
    public static int Sex(byte a, byte b) => a == 0 || b == 0 ? 0 : a == b ? 2 : 1;

    /// <summary>Postcodes by interned ids: 4 exact, 3 same sector, 2 same district, 1 different.</summary>
    public static int Postcode(int fullA, int fullB, int sectorA, int sectorB, int districtA, int districtB) =>
        fullA == 0 || fullB == 0 ? 0
        : fullA == fullB ? 4
        : sectorA == sectorB ? 3
        : districtA == districtB ? 2
        : 1;

    /// <summary>Addresses: 4 exact, 3 ≥ 0.92, 2 ≥ 0.80, 1 different.</summary>
    public static int Address(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 4;
        }

        var jw = Comparison.JaroWinkler.Similarity(a, b);
        return jw >= VerySimilar ? 3 : jw >= 0.80 ? 2 : 1;
    }

    /// <summary>Town or e-mail address: 3 exact, 2 ≥ 0.88, 1 different.</summary>
    public static int Text(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 3;
        }

        return Comparison.JaroWinkler.Similarity(a, b) >= Similar ? 2 : 1;
    }

    private static bool SharesPart(string a, string b)
    {
        if (!a.Contains(' ', StringComparison.Ordinal) && !b.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var part in a.Split(' '))
        {
            foreach (var other in b.Split(' '))
            {
                if (part.Length > 1 && part == other)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
