using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Seeding;

/// <summary>
/// Generates the invented Riverside partnership and any number of invented children, deterministically: the same
/// options and the same "now" always give the same entities, ids included. Each child is generated from its own
/// random stream, so children can be generated in batches (or in parallel) without changing the result.
/// </summary>
public sealed class SyntheticPartnershipGenerator
{
    private const int PartnershipStream = 1;

    private readonly SeedOptions _options;
    private readonly SyntheticChildFactory _children;

    public SyntheticPartnershipGenerator(SeedOptions options, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Children);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Children, SyntheticIdentifiers.MaxChildren);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ConcernsPerChild);
        _options = options;
        Now = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        Partnership = CreatePartnership();
        _children = new SyntheticChildFactory(options, Now, Partnership);
    }

    public DateTimeOffset Now { get; }

    public SyntheticPartnership Partnership { get; }

    /// <summary>Children <paramref name="firstIndex"/> to <paramref name="firstIndex"/> + <paramref name="count"/> - 1.</summary>
    public SyntheticChildBatch GenerateChildren(int firstIndex, int count)
    {
        var batch = new SyntheticChildBatch();
        for (var i = firstIndex; i < firstIndex + count; i++)
        {
            _children.Generate(i, batch);
        }

        return batch;
    }

    /// <summary>All the children the options ask for, in one batch; for tests and small seeds.</summary>
    public SyntheticChildBatch GenerateAllChildren() => GenerateChildren(0, _options.Children);

    private SyntheticPartnership CreatePartnership()
    {
        var rng = SeedRandom.For(_options.Seed, PartnershipStream, 0);
        var createdAt = Now.AddYears(-2).AddDays(-30);
        var partnership = new SafeguardingPartnership
        {
            Id = rng.NextId(createdAt),
            Name = RiversidePartnership.Name,
            CreatedAt = createdAt,
        };

        var agencies = new List<SyntheticAgency>();
        var allPractitioners = new List<Practitioner>();
        foreach (var definition in RiversidePartnership.Agencies)
        {
            var agency = new Agency
            {
                Id = rng.NextId(createdAt),
                PartnershipId = partnership.Id,
                Name = definition.Name,
                Type = definition.Type,
                CreatedAt = createdAt,
            };
            agency.Teams = definition.Teams.Select(t => new Team { Id = rng.NextId(createdAt), AgencyId = agency.Id, Name = t }).ToList();
            partnership.Agencies.Add(agency);

            var practitioners = DemoSignIns.All
                .Where(s => s.AgencyKey == definition.Key)
                .Select(s => CreatePractitioner(s, agency, rng.NextId(createdAt), createdAt))
                .ToList();
            allPractitioners.AddRange(practitioners);
            var recorders = practitioners.Where(p => p.Roles.SeesChildren() && p.Roles != PractitionerRoles.PrivacyOfficer).ToList();
            var leads = practitioners.Where(p => p.Roles.Has(PractitionerRoles.DesignatedSafeguardingLead)).ToList();
            if (definition.HoldsChildRecords && recorders.Count == 0)
            {
                throw new InvalidOperationException($"{definition.Name} holds child records but has no demo practitioner to record them.");
            }

            agencies.Add(new SyntheticAgency(definition, agency, recorders, leads));
        }

        return new SyntheticPartnership(partnership, agencies, allPractitioners);
    }

    private static Practitioner CreatePractitioner(DemoSignIn signIn, Agency agency, Guid id, DateTimeOffset createdAt)
    {
        var email = signIn.Email.ToLowerInvariant();
        return new Practitioner
        {
            Id = id,
            DisplayName = signIn.DisplayName,
            JobTitle = signIn.JobTitle,
            AgencyId = agency.Id,
            TeamId = agency.Teams.Single(t => t.Name == signIn.TeamName).Id,
            Roles = signIn.Roles,
            CreatedAt = createdAt,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            TwoFactorEnabled = false,
        };
    }
}
