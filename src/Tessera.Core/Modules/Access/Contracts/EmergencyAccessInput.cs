using Tessera.Core.Modules.Access.Models;

namespace Tessera.Core.Modules.Access.Contracts;

/// <summary>
/// What a practitioner gives to break glass: the child, by NHS number or by full name and date of birth, and why.
/// Field names match the form's, so errors point at the right box.
/// </summary>
public sealed record StartEmergencyAccessInput
{
    public string? NhsNumber { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public EmergencyReason? Reason { get; init; }
    public string? ReasonText { get; init; }

    /// <summary>The NHS number is used when given; otherwise the name and date of birth.</summary>
    public bool ByNhsNumber => !string.IsNullOrWhiteSpace(NhsNumber);
}

/// <summary>A child record emergency access would open, named by its agency only.</summary>
public sealed record EmergencyMatch(Guid ChildRecordId, Guid AgencyId, string AgencyName);

/// <summary>One use of emergency access as a privacy officer's list shows it.</summary>
public sealed record EmergencyUse(
    Guid Id, Guid ChildRecordId, string PractitionerName, string PractitionerAgency, EmergencyReason Reason, string ReasonText,
    DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, EmergencyReview? ReviewOutcome, DateTimeOffset? ReviewedAt, string? ReviewNote);

/// <summary>A read made under emergency access, from the audit log.</summary>
public sealed record EmergencyRead(DateTimeOffset At, string? SubjectType, string? Page);
