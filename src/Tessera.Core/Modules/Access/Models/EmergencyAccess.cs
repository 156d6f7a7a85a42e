namespace Tessera.Core.Modules.Access.Models;

/// <summary>
/// "Break glass": a practitioner with no relationship sees a child's record for a short time, for a stated reason.
/// Every read during it is flagged in the audit log and the owning agency's privacy officer reviews the use.
/// </summary>
public class EmergencyAccess
{
    public const int ReasonTextMaxLength = 1000;
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(4);

    public Guid Id { get; set; }
    public Guid PractitionerId { get; set; }
    public Guid PractitionerAgencyId { get; set; }
    public Guid ChildRecordId { get; set; }
    public Guid OwningAgencyId { get; set; }
    public EmergencyReason Reason { get; set; }
    public required string ReasonText { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public EmergencyReview? ReviewOutcome { get; set; }
    public Guid? ReviewedById { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewNote { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => StartedAt <= now && now < ExpiresAt;
}

/// <summary>Stored numbers; never renumber.</summary>
public enum EmergencyReason
{
    ImmediateRiskOfHarm = 1,
    UrgentMedicalTreatment = 2,
    MissingChild = 3,
    OutOfHoursReferral = 4,
    PoliceProtection = 5,
    Other = 99,
}

public enum EmergencyReview
{
    Appropriate = 1,
    Inappropriate = 2,
}
