using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;

namespace Tessera.Core.Tests.Training;

/// <summary>Due and overdue for each seeded requirement type, with "today" read from a fake clock that the table moves.</summary>
public class TrainingRulesTests
{
    private static readonly DateOnly Induction = new(2026, 1, 15);

    private static TrainingRequirement Requirement(PriorityGroup group) => TrainingDefaults.Requirements.Single(r => r.Group == group);

    public static TheoryData<PriorityGroup, string?, string, string, TrainingState> Cases => new()
    {
        // Every practitioner: essentials within 30 days of induction (due 14 February 2026), then every 3 years.
        { PriorityGroup.EveryPractitioner, null, "2026-01-15", "2026-02-14", TrainingState.DueSoon },
        { PriorityGroup.EveryPractitioner, null, "2026-02-14", "2026-02-14", TrainingState.DueSoon },
        { PriorityGroup.EveryPractitioner, null, "2026-02-15", "2026-02-14", TrainingState.Overdue },
        { PriorityGroup.EveryPractitioner, "2026-02-01", "2026-02-15", "2029-02-01", TrainingState.UpToDate },
        { PriorityGroup.EveryPractitioner, "2026-02-01", "2029-01-01", "2029-02-01", TrainingState.UpToDate },
        { PriorityGroup.EveryPractitioner, "2026-02-01", "2029-01-02", "2029-02-01", TrainingState.DueSoon },
        { PriorityGroup.EveryPractitioner, "2026-02-01", "2029-02-01", "2029-02-01", TrainingState.DueSoon },
        { PriorityGroup.EveryPractitioner, "2026-02-01", "2029-02-02", "2029-02-01", TrainingState.Overdue },
        // Training done before induction still counts, from its own date.
        { PriorityGroup.EveryPractitioner, "2025-06-30", "2026-01-15", "2028-06-30", TrainingState.UpToDate },
        // Designated safeguarding leads: advanced training every 2 years.
        { PriorityGroup.DesignatedSafeguardingLeads, "2026-03-31", "2028-03-01", "2028-03-31", TrainingState.DueSoon },
        { PriorityGroup.DesignatedSafeguardingLeads, "2026-03-31", "2028-02-29", "2028-03-31", TrainingState.UpToDate },
        { PriorityGroup.DesignatedSafeguardingLeads, "2026-03-31", "2028-04-01", "2028-03-31", TrainingState.Overdue },
        // A 29 February completion is refreshed by 28 February two years on.
        { PriorityGroup.DesignatedSafeguardingLeads, "2028-02-29", "2030-03-01", "2030-02-28", TrainingState.Overdue },
        // MASH roles: multi-agency training every year.
        { PriorityGroup.MashRoles, "2026-05-10", "2027-04-09", "2027-05-10", TrainingState.UpToDate },
        { PriorityGroup.MashRoles, "2026-05-10", "2027-04-10", "2027-05-10", TrainingState.DueSoon },
        { PriorityGroup.MashRoles, "2026-05-10", "2027-05-11", "2027-05-10", TrainingState.Overdue },
        { PriorityGroup.MashRoles, null, "2026-03-01", "2026-02-14", TrainingState.Overdue },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Due_and_overdue_follow_the_requirement(PriorityGroup group, string? completed, string today, string expectedDue, TrainingState expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Induction.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        clock.Advance(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)) - Induction.ToDateTime(new TimeOnly(9, 0)));
        var now = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var status = TrainingRules.Status(Requirement(group), Induction, completed is null ? null : DateOnly.Parse(completed, System.Globalization.CultureInfo.InvariantCulture), now);

        Assert.Equal(DateOnly.Parse(expectedDue, System.Globalization.CultureInfo.InvariantCulture), status.DueOn);
        Assert.Equal(expected, status.State);
        Assert.Equal(expected != TrainingState.Overdue, status.IsCompliant);
    }

    [Fact]
    public void Requirements_apply_by_role_and_the_latest_completion_up_to_today_counts()
    {
        var today = new DateOnly(2027, 6, 1);
        var essentials = TrainingDefaults.EssentialsId;
        var completions = new[]
        {
            new TrainingCompletion { CourseId = essentials, CompletedOn = new DateOnly(2023, 1, 1), Evidence = "old" },
            new TrainingCompletion { CourseId = essentials, CompletedOn = new DateOnly(2026, 2, 1), Evidence = "current" },
            // Not yet happened as of today, so it does not count.
            new TrainingCompletion { CourseId = TrainingDefaults.MultiAgencyId, CompletedOn = new DateOnly(2027, 7, 1), Evidence = "future" },
        };

        var teacher = TrainingRules.StatusesFor(PractitionerRoles.Practitioner, Induction, TrainingDefaults.Requirements, completions, today);
        Assert.Equal([PriorityGroup.EveryPractitioner], teacher.Select(s => s.Requirement.Group));
        Assert.Equal(new DateOnly(2026, 2, 1), teacher[0].LastCompletedOn);

        var screener = TrainingRules.StatusesFor(PractitionerRoles.Practitioner | PractitionerRoles.MashScreener | PractitionerRoles.DesignatedSafeguardingLead, Induction, TrainingDefaults.Requirements, completions, today);
        Assert.Equal(3, screener.Count);
        var mash = screener.Single(s => s.Requirement.Group == PriorityGroup.MashRoles);
        Assert.Null(mash.LastCompletedOn);
        Assert.Equal(TrainingState.Overdue, mash.State);
        Assert.Contains(screener, s => s.Requirement.Group == PriorityGroup.DesignatedSafeguardingLeads);

        var manager = TrainingRules.StatusesFor(PractitionerRoles.MashManager, Induction, TrainingDefaults.Requirements, [], today);
        Assert.Contains(manager, s => s.Requirement.Group == PriorityGroup.MashRoles);
        Assert.DoesNotContain(manager, s => s.Requirement.Group == PriorityGroup.DesignatedSafeguardingLeads);
    }
}
