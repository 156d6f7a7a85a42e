using Tessera.Core.Modules.Children.Models;

namespace Tessera.Core.Seeding;

internal sealed record SyntheticAddress(string Address, string Postcode);

internal sealed record SyntheticAdult(string Name, AdultRelationship Relationship, DateOnly DateOfBirth, SyntheticAddress Address);

/// <summary>The true details of one invented child, before any agency writes them down.</summary>
internal sealed class SyntheticPersonDetails
{
    public required int Index { get; init; }
    public required int Seed { get; init; }
    public required int Age { get; init; }
    public required string GivenName { get; init; }
    public required string FamilyName { get; init; }
    public required DateOnly DateOfBirth { get; init; }
    public required Sex Sex { get; init; }
    public required string NhsNumber { get; init; }
    public string? UniquePupilNumber { get; init; }
    public required SyntheticAddress CurrentAddress { get; init; }
    public SyntheticAddress? PreviousAddress { get; init; }
    public (string GivenName, string FamilyName)? Alias { get; init; }
    public required IReadOnlyList<SyntheticAdult> Adults { get; init; }

    public static SyntheticPersonDetails Create(Random rng, int seed, int index, DateOnly today, AgencyDefinition? anchor)
    {
        var age = anchor is null ? rng.Next(0, 18) : rng.Next(anchor.MinAge, anchor.MaxAge + 1);
        var dateOfBirth = today.AddYears(-age).AddDays(-rng.Next(1, 365));
        var sex = rng.Chance(0.5) ? Sex.Female : Sex.Male;
        var given = rng.Pick(sex == Sex.Female ? SyntheticNames.FemaleGivenNames : SyntheticNames.MaleGivenNames);
        var family = rng.Chance(0.1) ? DoubleBarrelled(rng) : rng.Pick(SyntheticNames.FamilyNames);
        var current = NewAddress(rng);
        var previous = rng.Chance(0.25) ? NewAddress(rng) : null;

        (string, string)? alias = null;
        if (rng.Chance(0.08))
        {
            alias = rng.Chance(0.6)
                ? (given, rng.Pick(SyntheticNames.FamilyNames))
                : (rng.Pick(sex == Sex.Female ? SyntheticNames.FemaleGivenNames : SyntheticNames.MaleGivenNames), family);
        }

        return new SyntheticPersonDetails
        {
            Index = index,
            Seed = seed,
            Age = age,
            GivenName = given,
            FamilyName = family,
            DateOfBirth = dateOfBirth,
            Sex = sex,
            NhsNumber = SyntheticIdentifiers.NhsNumberFor(seed, index),
            UniquePupilNumber = age >= 4 ? SyntheticIdentifiers.UniquePupilNumberFor(seed, index) : null,
            CurrentAddress = current,
            PreviousAddress = previous,
            Alias = alias,
            Adults = CreateAdults(rng, family, dateOfBirth, current),
        };
    }

    private static string DoubleBarrelled(Random rng)
    {
        string first, second;
        do
        {
            first = rng.Pick(SyntheticNames.FamilyNames);
            second = rng.Pick(SyntheticNames.FamilyNames);
        }
        while (first == second || !IsSimple(first) || !IsSimple(second));

        return $"{first}-{second}";
    }

    private static bool IsSimple(string name) => !name.Contains('-', StringComparison.Ordinal) && !name.Contains('\'', StringComparison.Ordinal);

    private static List<SyntheticAdult> CreateAdults(Random rng, string childFamily, DateOnly childBirth, SyntheticAddress home)
    {
        var adults = new List<SyntheticAdult>(4);
        var familyFirstPart = childFamily.Split('-')[0];
        var motherFamily = rng.Chance(0.7) ? childFamily : rng.Pick(SyntheticNames.FamilyNames);
        adults.Add(new SyntheticAdult(
            $"{rng.Pick(SyntheticNames.AdultFemaleGivenNames)} {motherFamily}",
            AdultRelationship.Parent,
            childBirth.AddYears(-rng.Next(18, 42)).AddDays(-rng.Next(0, 365)),
            home));

        if (rng.Chance(0.6))
        {
            adults.Add(new SyntheticAdult(
                $"{rng.Pick(SyntheticNames.AdultMaleGivenNames)} {familyFirstPart}",
                AdultRelationship.Parent,
                childBirth.AddYears(-rng.Next(18, 48)).AddDays(-rng.Next(0, 365)),
                rng.Chance(0.4) ? NewAddress(rng) : home));
        }

        if (rng.Chance(0.08))
        {
            adults.Add(new SyntheticAdult(
                $"{rng.Pick(SyntheticNames.AdultFemaleGivenNames)} {rng.Pick(SyntheticNames.FamilyNames)}",
                AdultRelationship.Carer,
                childBirth.AddYears(-rng.Next(40, 62)).AddDays(-rng.Next(0, 365)),
                rng.Chance(0.5) ? home : NewAddress(rng)));
        }

        if (rng.Chance(0.15))
        {
            adults.Add(new SyntheticAdult(
                $"{rng.Pick(SyntheticNames.AdultMaleGivenNames)} {rng.Pick(SyntheticNames.FamilyNames)}",
                AdultRelationship.HouseholdMember,
                childBirth.AddYears(-rng.Next(18, 45)).AddDays(-rng.Next(0, 365)),
                home));
        }

        return adults;
    }

    /// <summary>An address in Riverside; the postcode follows from the street and house number, as real postcodes do.</summary>
    public static SyntheticAddress NewAddress(Random rng)
    {
        var street = rng.Next(SyntheticNames.Streets.Length);
        var number = rng.Next(1, 181);
        var line = rng.Chance(0.15)
            ? $"Flat {rng.Next(1, 40)}, {SyntheticNames.FlatBuildings[street % SyntheticNames.FlatBuildings.Length]}, {number} {SyntheticNames.Streets[street]}, {RiversidePartnership.Town}"
            : $"{number} {SyntheticNames.Streets[street]}, {RiversidePartnership.Town}";
        return new SyntheticAddress(line, Postcode(street, number));
    }

    internal static string Postcode(int street, int number)
    {
        var letters = SyntheticNames.PostcodeInwardLetters;
        var district = 1 + (street % 9);
        var sector = ((number / 25) + street) % 10;
        var unit = (street * 31) + (number / 12);
        return $"RV{district} {sector}{letters[unit % letters.Length]}{letters[(unit / letters.Length) % letters.Length]}";
    }
}
