using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Seeding;

/// <summary>One agency's copy of a child, with the differences record linkage has to cope with (DOMAIN.md §6).</summary>
internal static class SyntheticRecordVariants
{
    public static ChildRecord Create(Random rng, SyntheticPersonDetails person, SyntheticAgency agency, DateTimeOffset createdAt, DateOnly today)
    {
        var type = agency.Definition.Type;
        var (given, family) = Names(rng, person);
        var address = person.PreviousAddress is not null && rng.Chance(0.4) ? person.PreviousAddress : person.CurrentAddress;
        var addressMissing = rng.Chance(type is AgencyType.Police or AgencyType.UnscheduledCare or AgencyType.VoluntarySector ? 0.08 : 0.02);
        var creator = agency.Recorders.Count > 0 ? rng.Pick(agency.Recorders).Id : Guid.Empty;
        var record = new ChildRecord
        {
            Id = rng.NextId(createdAt),
            AgencyId = agency.Agency.Id,
            AgencyReference = Reference(rng, agency.Definition),
            GivenName = given,
            FamilyName = family,
            DateOfBirth = DateOfBirth(rng, person.DateOfBirth, today),
            Sex = rng.Chance(type is AgencyType.Police or AgencyType.UnscheduledCare ? 0.03 : 0.005) ? Sex.NotKnown : person.Sex,
            Address = addressMissing ? null : address.Address,
            Postcode = addressMissing ? null : address.Postcode,
            NhsNumber = NhsNumber(rng, person, type),
            UniquePupilNumber = person.UniquePupilNumber is not null && rng.Chance(UpnChance(type)) ? person.UniquePupilNumber : null,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            CreatedById = creator,
        };

        if (person.Alias is { } alias && rng.Chance(0.6))
        {
            record.Aliases.Add(new ChildAlias { Id = rng.NextId(createdAt), ChildRecordId = record.Id, AgencyId = record.AgencyId, GivenName = alias.GivenName, FamilyName = alias.FamilyName });
        }

        foreach (var adult in person.Adults)
        {
            if (rng.Chance(0.7))
            {
                record.RelatedAdults.Add(new RelatedAdult
                {
                    Id = rng.NextId(createdAt),
                    ChildRecordId = record.Id,
                    Name = adult.Name,
                    Relationship = adult.Relationship,
                    DateOfBirth = rng.Chance(0.6) ? adult.DateOfBirth : null,
                    Address = adult.Address.Address,
                    Postcode = adult.Address.Postcode,
                });
            }
        }

        return record;
    }

    private static (string Given, string Family) Names(Random rng, SyntheticPersonDetails person)
    {
        var given = person.GivenName;
        var family = person.FamilyName;
        if (SyntheticNames.Nicknames.TryGetValue(given, out var nicknames) && rng.Chance(0.2))
        {
            given = rng.Pick(nicknames);
        }
        else if (rng.Chance(0.03))
        {
            given = Typo(rng, given);
        }

        if (family.Contains('-', StringComparison.Ordinal) && rng.Chance(0.45))
        {
            var parts = family.Split('-');
            family = rng.Next(3) switch
            {
                0 => parts[0],
                1 => parts[^1],
                _ => string.Join(' ', parts),
            };
        }
        else if (rng.Chance(0.03))
        {
            family = Typo(rng, family);
        }

        // Given and family names written the wrong way round, as happens with names from some naming traditions.
        return rng.Chance(0.01) ? (family, given) : (given, family);
    }

    /// <summary>A one-keystroke slip: two letters swapped, one dropped, or one doubled.</summary>
    internal static string Typo(Random rng, string name)
    {
        if (name.Length < 4)
        {
            return name + name[^1];
        }

        var i = rng.Next(1, name.Length - 1);
        var chars = name.ToCharArray();
        switch (rng.Next(3))
        {
            case 0 when chars[i] != chars[i + 1]:
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                return new string(chars);
            case 1:
                return name.Remove(i, 1);
            default:
                return name.Insert(i, name[i].ToString());
        }
    }

    /// <summary>Day and month swapped now and then, or a day out; never a date that would make the child 18 or not yet born.</summary>
    private static DateOnly DateOfBirth(Random rng, DateOnly truth, DateOnly today)
    {
        var written = truth;
        if (truth.Day <= 12 && truth.Day != truth.Month && rng.Chance(0.04))
        {
            written = new DateOnly(truth.Year, truth.Day, truth.Month);
        }
        else if (rng.Chance(0.01))
        {
            written = truth.AddDays(-1);
        }

        return written > today || written <= today.AddYears(-18) ? truth : written;
    }

    private static string? NhsNumber(Random rng, SyntheticPersonDetails person, AgencyType type)
    {
        var chance = type switch
        {
            AgencyType.HospitalTrust or AgencyType.UnscheduledCare or AgencyType.GpPractice or AgencyType.HealthVisitingAndSchoolNursing => 0.97,
            AgencyType.ChildrensSocialCare => 0.85,
            AgencyType.EarlyHelp => 0.6,
            AgencyType.EarlyYears => 0.4,
            AgencyType.School => 0.35,
            AgencyType.College => 0.3,
            AgencyType.Police => 0.2,
            _ => 0.1,
        };
        if (!rng.Chance(chance))
        {
            return null;
        }

        // Now and then a second NHS number was issued by mistake and one agency still holds it.
        return rng.Chance(0.005) ? SyntheticIdentifiers.NhsNumberFor(person.Seed, person.Index, duplicate: true) : person.NhsNumber;
    }

    private static double UpnChance(AgencyType type) => type switch
    {
        AgencyType.School => 1,
        AgencyType.College => 0.7,
        AgencyType.ChildrensSocialCare => 0.3,
        AgencyType.EarlyHelp => 0.2,
        _ => 0,
    };

    private static string Reference(Random rng, AgencyDefinition agency) => agency.Type switch
    {
        AgencyType.Police => $"{agency.ReferencePrefix}/{rng.Next(10, 27)}/{rng.Digits(6)}",
        AgencyType.School or AgencyType.College or AgencyType.EarlyYears => $"{agency.ReferencePrefix}{rng.Digits(5)}",
        _ => $"{agency.ReferencePrefix}{rng.Digits(7)}",
    };
}
