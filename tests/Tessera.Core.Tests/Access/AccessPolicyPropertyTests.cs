using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Tests.Access;

/// <summary>
/// The access decision agrees with <see cref="AccessReferenceModel"/> on every one of many generated cases: role
/// combinations, same or other agency, team and case holder, assignments, shares and emergency access that are current,
/// expired or not yet started, and disabled accounts. The generator is seeded, so a failure reproduces exactly.
/// </summary>
public sealed class AccessPolicyPropertyTests(ITestOutputHelper output)
{
    private const int Seed = 20261124;
    private const int FactSets = 12_000;

    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid[] Agencies = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
    private static readonly Guid[] Teams = [Guid.NewGuid(), Guid.NewGuid()];
    private static readonly Guid[] People = [Guid.NewGuid(), Guid.NewGuid()];

    private static readonly PractitionerRoles[] EveryRole = Enum.GetValues<PractitionerRoles>().Where(r => r != PractitionerRoles.None).ToArray();

    [Fact]
    public void The_policy_agrees_with_the_reference_model_on_every_generated_case()
    {
        var random = new Random(Seed);
        var cases = 0;
        var disagreements = new List<string>();
        var outcomes = new Dictionary<(AccessPurpose, bool), int>();
        var kindsSeen = new HashSet<RelationshipKind>();
        foreach (var facts in Enumerable.Range(0, FactSets).Select(_ => Generate(random)))
        {
            var answers = AccessReferenceModel.Answer(facts);
            foreach (var purpose in Enum.GetValues<AccessPurpose>())
            {
                cases++;
                var expected = AccessReferenceModel.Allows(answers, purpose);
                var actual = AccessPolicy.Decide(facts, purpose);
                var expectedEmergency = expected ? AccessReferenceModel.EmergencyUsed(facts) : null;
                if (actual.Allowed != expected || actual.EmergencyAccessId != expectedEmergency)
                {
                    disagreements.Add($"{purpose}: policy {(actual.Allowed ? "allows" : "denies")} ({actual.DenialReason}), model {(expected ? "allows" : "denies")}; emergency {actual.EmergencyAccessId} vs {expectedEmergency}; {answers}; {facts}");
                }

                outcomes[(purpose, expected)] = outcomes.GetValueOrDefault((purpose, expected)) + 1;
                kindsSeen.UnionWith(actual.Relationships.Select(r => r.Kind));
            }
        }

        output.WriteLine($"{cases} cases from {FactSets} generated fact sets (seed {Seed}); {disagreements.Count} disagreements.");
        foreach (var ((purpose, allowed), count) in outcomes.OrderBy(o => o.Key.Item1).ThenBy(o => o.Key.Item2))
        {
            output.WriteLine($"  {purpose,-15} {(allowed ? "allowed" : "denied"),-8} {count}");
        }

        Assert.True(cases >= 10_000, $"Only {cases} cases were generated.");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements, the first ones:\n" + string.Join("\n", disagreements.Take(10)));

        // The generator is only as good as what it reaches: every purpose must be both allowed and denied many times,
        // and every kind of relationship must occur.
        foreach (var purpose in Enum.GetValues<AccessPurpose>())
        {
            Assert.True(outcomes.GetValueOrDefault((purpose, true)) > 100, $"{purpose} was rarely allowed");
            Assert.True(outcomes.GetValueOrDefault((purpose, false)) > 100, $"{purpose} was rarely denied");
        }

        Assert.Equal(Enum.GetValues<RelationshipKind>().ToHashSet(), kindsSeen);
    }

    [Fact]
    public void The_reference_model_says_what_the_requirement_says_for_the_named_cases()
    {
        // A few hand-written rows, so the reference model is itself checked against the requirement's own examples.
        var school = Agencies[0];
        var teacher = new PractitionerFacts(People[0], school, Teams[0], PractitionerRoles.Practitioner, false);
        var otherTeamsChild = new ChildFacts(Guid.NewGuid(), school, Teams[1], null);
        var ownChild = otherTeamsChild with { TeamId = Teams[0] };
        AccessFacts Facts(PractitionerFacts who, ChildFacts child, IReadOnlyList<EmergencyFact>? emergencies = null) =>
            new(who, child, [], emergencies ?? [], [], Now);

        Assert.True(Allows(Facts(teacher, ownChild), AccessPurpose.View));
        Assert.False(Allows(Facts(teacher, otherTeamsChild), AccessPurpose.View));
        Assert.False(Allows(Facts(teacher with { Disabled = true }, ownChild), AccessPurpose.View));
        Assert.False(Allows(Facts(teacher with { AgencyId = Agencies[1] }, ownChild), AccessPurpose.View));
        Assert.True(Allows(Facts(teacher with { AgencyId = Agencies[1] }, ownChild, [new EmergencyFact(Guid.NewGuid(), Now.AddHours(-1), Now.AddHours(1))]), AccessPurpose.View));
        Assert.False(Allows(Facts(teacher with { AgencyId = Agencies[1] }, ownChild, [new EmergencyFact(Guid.NewGuid(), Now.AddHours(-5), Now)]), AccessPurpose.View));
        Assert.False(Allows(Facts(teacher with { Roles = PractitionerRoles.StrategicLead | PractitionerRoles.PartnershipAdministrator }, ownChild), AccessPurpose.View));
        Assert.False(Allows(Facts(teacher, ownChild), AccessPurpose.Manage));
        Assert.True(Allows(Facts(teacher with { Roles = PractitionerRoles.DesignatedSafeguardingLead }, otherTeamsChild), AccessPurpose.Manage));
    }

    private static bool Allows(AccessFacts facts, AccessPurpose purpose) =>
        AccessReferenceModel.Allows(AccessReferenceModel.Answer(facts), purpose);

    private static AccessFacts Generate(Random random)
    {
        var agency = Pick(random, Agencies);
        var team = random.Next(3) == 0 ? (Guid?)null : Pick(random, Teams);
        var who = new PractitionerFacts(People[0], agency, team, Roles(random), random.Next(10) == 0);

        // The child is usually in one of the first two agencies, so "same agency" is common enough to matter.
        var child = new ChildFacts(
            Guid.NewGuid(),
            random.Next(4) == 0 ? Pick(random, Agencies) : Agencies[random.Next(2)],
            random.Next(3) == 0 ? null : Pick(random, Teams),
            random.Next(4) switch { 0 => who.Id, 1 => People[1], _ => null });
        var assignments = Many(random, () => new AssignmentFact(Guid.NewGuid(), From(random), Until(random)));
        var emergencies = Many(random, () => new EmergencyFact(Guid.NewGuid(), From(random), Until(random) ?? Now.AddHours(8)));
        var shares = Many(random, () =>
        {
            var audience = (ShareAudience)random.Next(1, 4);
            var audienceId = audience switch
            {
                ShareAudience.Practitioner => Pick(random, People),
                ShareAudience.Team => Pick(random, Teams),
                _ => Pick(random, Agencies),
            };
            return new ShareFact(Guid.NewGuid(), audience, audienceId, From(random), Until(random));
        });
        return new AccessFacts(who, child, assignments, emergencies, shares, Now);
    }

    /// <summary>Half single roles (the usual case), half random combinations, including none and non-child roles.</summary>
    private static PractitionerRoles Roles(Random random)
    {
        if (random.Next(2) == 0)
        {
            return Pick(random, EveryRole);
        }

        var roles = PractitionerRoles.None;
        foreach (var role in EveryRole)
        {
            if (random.Next(4) == 0)
            {
                roles |= role;
            }
        }

        return roles;
    }

    /// <summary>Starts in the past, exactly now, or in the future.</summary>
    private static DateTimeOffset From(Random random) =>
        random.Next(5) switch { 0 => Now, 1 => Now.AddDays(1), 2 => Now.AddSeconds(1), _ => Now.AddDays(-random.Next(1, 30)) };

    /// <summary>Open-ended, already ended (including exactly now), or ending later.</summary>
    private static DateTimeOffset? Until(Random random) =>
        random.Next(5) switch { 0 => null, 1 => Now, 2 => Now.AddMinutes(-1), _ => Now.AddHours(random.Next(1, 48)) };

    private static List<T> Many<T>(Random random, Func<T> make) =>
        Enumerable.Range(0, random.Next(4) == 0 ? random.Next(1, 3) : 0).Select(_ => make()).ToList();

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
