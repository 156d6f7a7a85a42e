namespace Tessera.Core.Modules.Concerns.Models;

/// <summary>
/// A practitioner's concern about a child. Never deleted by users: corrections are appended as amendments,
/// so what was known and when stays on record.
/// </summary>
public class Concern
{
    public const int TextMaxLength = 10_000;
    public const int OutcomeMaxLength = 2_000;

    public Guid Id { get; set; }
    public Guid ChildRecordId { get; set; }
    public Guid AgencyId { get; set; }
    public Guid RecordedById { get; set; }
    public required string CategoryCode { get; set; }
    public LevelOfNeed LevelOfNeed { get; set; }
    public required string WhatHappened { get; set; }
    public string? PractitionerView { get; set; }
    public string? ChildSaid { get; set; }
    public string? ChildSeemed { get; set; }

    /// <summary>Why the child's voice is missing, when it is (a baby, not seen). Prompted for so it is never silently skipped.</summary>
    public string? ChildVoiceNotRecordedReason { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public ConcernStatus Status { get; set; } = ConcernStatus.Open;
    public Guid? AssignedToId { get; set; }
    public string? Outcome { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? ClosedById { get; set; }
    /// <summary>Changes on every save, so a stale edit (assigning, closing) is refused instead of overwriting.</summary>
    public Guid Version { get; set; }
    public List<ConcernLinkedChild> LinkedChildren { get; set; } = [];
    public List<ConcernAction> Actions { get; set; } = [];
    public List<ConcernAmendment> Amendments { get; set; } = [];
}
