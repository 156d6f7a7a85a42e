namespace Tessera.Core.Modules.Training.Models;

/// <summary>
/// A partnership rule: everyone in a priority group completes a course within some days of induction, then again
/// every so many months. Requirements are rows, so a partnership changes them without a release.
/// </summary>
public class TrainingRequirement
{
    public Guid Id { get; set; }
    public PriorityGroup Group { get; set; }
    public Guid CourseId { get; set; }

    /// <summary>Days after induction by which the first completion is due.</summary>
    public int FirstDueWithinDays { get; set; }

    /// <summary>Months after a completion by which it must be refreshed.</summary>
    public int RefreshEveryMonths { get; set; }
}

/// <summary>Who a requirement applies to. Numbers are stored.</summary>
public enum PriorityGroup
{
    EveryPractitioner = 1,
    DesignatedSafeguardingLeads = 2,
    MashRoles = 3,
}
