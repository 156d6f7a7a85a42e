namespace Tessera.Core.Modules.Training.Models;

/// <summary>Where a practitioner stands against one requirement. Numbers are stored (in reminders).</summary>
public enum TrainingState
{
    UpToDate = 1,
    DueSoon = 2,
    Overdue = 3,
}

/// <summary>One requirement for one practitioner: when it is next due and whether that has passed.</summary>
public sealed record RequirementStatus(TrainingRequirement Requirement, DateOnly? LastCompletedOn, DateOnly DueOn, TrainingState State)
{
    public bool IsCompliant => State != TrainingState.Overdue;
}
