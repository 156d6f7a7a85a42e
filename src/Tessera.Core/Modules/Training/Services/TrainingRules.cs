using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Models;

namespace Tessera.Core.Modules.Training.Services;

/// <summary>
/// The one pure place due and overdue are worked out: from the requirement, the induction date, the latest completion
/// and today. Nothing here reads a clock.
/// </summary>
public static class TrainingRules
{
    /// <summary>How long before the due date a requirement counts as "due soon" and a reminder goes out.</summary>
    public const int DueSoonDays = 30;

    public static RequirementStatus Status(TrainingRequirement requirement, DateOnly inductedOn, DateOnly? lastCompletedOn, DateOnly today)
    {
        // Training done before induction still counts (people arrive trained): the refresh runs from the completion.
        var dueOn = lastCompletedOn is { } completed
            ? completed.AddMonths(requirement.RefreshEveryMonths)
            : inductedOn.AddDays(requirement.FirstDueWithinDays);
        // Never completed but still inside the first window is "due soon", never "up to date".
        var state = today > dueOn ? TrainingState.Overdue
            : today >= dueOn.AddDays(-DueSoonDays) || lastCompletedOn is null ? TrainingState.DueSoon
            : TrainingState.UpToDate;
        return new RequirementStatus(requirement, lastCompletedOn, dueOn, state);
    }

    /// <summary>Whether a practitioner with these roles belongs to the group.</summary>
    public static bool AppliesTo(PriorityGroup group, PractitionerRoles roles) => group switch
    {
        PriorityGroup.EveryPractitioner => true,
        PriorityGroup.DesignatedSafeguardingLeads => roles.HasFlag(PractitionerRoles.DesignatedSafeguardingLead),
        PriorityGroup.MashRoles => (roles & (PractitionerRoles.MashScreener | PractitionerRoles.MashManager)) != 0,
        _ => false,
    };

    /// <summary>Every requirement that applies, with the latest completion of its course on or before today.</summary>
    public static IReadOnlyList<RequirementStatus> StatusesFor(PractitionerRoles roles, DateOnly inductedOn,
        IEnumerable<TrainingRequirement> requirements, IEnumerable<TrainingCompletion> completions, DateOnly today)
    {
        var latest = completions.Where(c => c.CompletedOn <= today)
            .GroupBy(c => c.CourseId).ToDictionary(g => g.Key, g => g.Max(c => c.CompletedOn));
        return requirements.Where(r => AppliesTo(r.Group, roles))
            .Select(r => Status(r, inductedOn, latest.TryGetValue(r.CourseId, out var on) ? on : null, today))
            .ToList();
    }

    public static string GroupName(PriorityGroup group) => group switch
    {
        PriorityGroup.EveryPractitioner => "Every practitioner",
        PriorityGroup.DesignatedSafeguardingLeads => "Designated safeguarding leads",
        PriorityGroup.MashRoles => "MASH roles",
        _ => group.ToString(),
    };

    public static string KindName(CourseKind kind) => kind switch
    {
        CourseKind.SingleAgency => "Single-agency",
        CourseKind.MultiAgency => "Multi-agency",
        CourseKind.ELearning => "E-learning",
        _ => kind.ToString(),
    };

    public static string StateName(TrainingState state) => state switch
    {
        TrainingState.UpToDate => "Up to date",
        TrainingState.DueSoon => "Due soon",
        TrainingState.Overdue => "Overdue",
        _ => state.ToString(),
    };
}
