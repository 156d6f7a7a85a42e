using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Decisions;
using Tessera.Core.Modules.Sharing.Gateways;

namespace Tessera.Core.Tests.Sharing;

public sealed class LawfulBasisEngineTests
{
    private static readonly DateTimeOffset Seeded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<DecisionScenario> Scenarios => DecisionScenarios.Data;

    /// <summary>The registry as seeded, or with the duty to share recorded as commenced (a later version).</summary>
    public static GatewayRegistrySnapshot Registry(bool dutyToShareCommenced) => dutyToShareCommenced
        ? new GatewayRegistrySnapshot(2, Seeded, GatewaySeed.Gateways.Select(g => g.Code == "CA2004-S16LA" ? g with { InForce = true } : g).ToList())
        : GatewaySeed.Snapshot(Seeded);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Suggests_the_expected_basis_for_each_scenario(DecisionScenario scenario)
    {
        var registry = Registry(scenario.DutyToShareCommenced);

        var suggestion = LawfulBasisEngine.Suggest(scenario.Facts, registry);

        Assert.Equal(scenario.Article6, suggestion.Article6);
        Assert.Equal(scenario.Article9, suggestion.Article9);
        Assert.Equal(scenario.SpecialCondition, suggestion.SpecialCategoryCondition);
        Assert.Equal(scenario.CriminalCondition, suggestion.CriminalOffenceCondition);
        Assert.Equal(scenario.Gateways, suggestion.GatewayCodes);
        Assert.Equal(scenario.ConsentNeeded, suggestion.ConsentNeeded);
        Assert.Equal(registry.Version, suggestion.RegistryVersion);
        Assert.NotEmpty(suggestion.Reasons);
    }

    [Fact]
    public void The_table_has_at_least_thirty_distinct_scenarios()
    {
        var rows = DecisionScenarios.All;
        Assert.True(rows.Count >= 30);
        Assert.Equal(rows.Count, rows.Select(r => r.Number).Distinct().Count());
        Assert.Equal(rows.Count, rows.Select(r => (r.Facts, r.DutyToShareCommenced)).Distinct().Count());
    }

    [Fact]
    public void Safeguarding_never_needs_consent_and_always_has_a_basis_once_answered()
    {
        foreach (var row in DecisionScenarios.All.Where(r => r.Purpose == SharingPurpose.Safeguarding && !(r.Consent == ConsentState.NotSought && r.NotSoughtReason is null)))
        {
            var suggestion = LawfulBasisEngine.Suggest(row.Facts, Registry(row.DutyToShareCommenced));
            Assert.False(suggestion.ConsentNeeded, row.ToString());
            Assert.NotNull(suggestion.Article6);
            Assert.NotEmpty(suggestion.GatewayCodes);
        }
    }

    [Fact]
    public void A_gateway_withdrawn_from_the_registry_is_no_longer_suggested()
    {
        var withdrawn = new GatewayRegistrySnapshot(3, Seeded, GatewaySeed.Gateways.Where(g => g.Code != "VPA2024-ENCOMPASS").ToList());
        var facts = DecisionScenarios.All.Single(r => r.Number == 5).Facts;

        var suggestion = LawfulBasisEngine.Suggest(facts, withdrawn);

        Assert.DoesNotContain("VPA2024-ENCOMPASS", suggestion.GatewayCodes);
        Assert.Equal(3, suggestion.RegistryVersion);
    }

    [Fact]
    public void When_no_basis_can_be_suggested_the_practitioner_is_told_to_seek_advice()
    {
        var facts = DecisionScenarios.All.Single(r => r.Number == 23).Facts;

        var suggestion = LawfulBasisEngine.Suggest(facts, Registry(false));

        Assert.True(suggestion.SeekAdvice);
        Assert.Contains(suggestion.Reasons, r => r.Contains("seek advice", StringComparison.OrdinalIgnoreCase));
    }
}
