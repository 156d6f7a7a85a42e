using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Audit.Services;

/// <summary>How each kind of process appears in the audit log.</summary>
internal static class AuditActions
{
    public static AuditAction For(Process process) => process.Type switch
    {
        ProcessType.SignIn when process.Events.Any(e => e.EventName == "SignInFailed") => AuditAction.SignInFailed,
        ProcessType.SignIn => AuditAction.SignIn,
        ProcessType.SignOut => AuditAction.SignOut,
        ProcessType.Reauthenticated => AuditAction.SignIn,
        ProcessType.ChildRecordCreated or ProcessType.ConcernRecorded => AuditAction.Create,
        ProcessType.Seeding or ProcessType.PartnershipSetUp or ProcessType.AgencyAdded or ProcessType.PractitionerInvited
            or ProcessType.PractitionerRolesChanged or ProcessType.PractitionerDisabled or ProcessType.PractitionerEnabled
            or ProcessType.TeamAdded or ProcessType.ApiKeyIssued or ProcessType.ApiKeyRevoked => AuditAction.AdminChange,
        ProcessType.EmergencyAccessStarted => AuditAction.EmergencyAccess,
        ProcessType.EmergencyAccessReviewed => AuditAction.Review,
        ProcessType.SubjectAccessExport => AuditAction.Export,
        ProcessType.RetentionErasure => AuditAction.Erasure,
        ProcessType.RetentionScheduleChanged => AuditAction.AdminChange,
        _ => AuditAction.Update,
    };

    /// <summary>The subject's category, from the event's name ("ConcernRecorded" → "concern").</summary>
    public static string SubjectType(string eventName) => eventName switch
    {
        _ when eventName.StartsWith("ChildRecord", StringComparison.Ordinal) => "child",
        _ when eventName.StartsWith("Concern", StringComparison.Ordinal) => "concern",
        _ when eventName.StartsWith("Practitioner", StringComparison.Ordinal) || eventName.StartsWith("SignIn", StringComparison.Ordinal)
            || eventName.StartsWith("TwoFactor", StringComparison.Ordinal) => "practitioner",
        _ when eventName.StartsWith("Agency", StringComparison.Ordinal) => "agency",
        _ when eventName.StartsWith("Team", StringComparison.Ordinal) => "team",
        _ when eventName.StartsWith("ApiKey", StringComparison.Ordinal) => "api-key",
        _ when eventName.StartsWith("Inbox", StringComparison.Ordinal) => "inbox-item",
        _ when eventName.StartsWith("EmergencyAccess", StringComparison.Ordinal) => "emergency-access",
        _ when eventName.StartsWith("SubjectAccess", StringComparison.Ordinal) => "subject-access",
        _ when eventName.StartsWith("LegalHold", StringComparison.Ordinal) => "legal-hold",
        _ when eventName.StartsWith("RetentionSchedule", StringComparison.Ordinal) => "retention-schedule",
        _ when eventName.StartsWith("Shield", StringComparison.Ordinal) => "shield",
        _ when eventName.StartsWith("Assignment", StringComparison.Ordinal) => "assignment",
        _ when eventName.StartsWith("Training", StringComparison.Ordinal) => "training",
        _ when eventName.StartsWith("ReportNarrative", StringComparison.Ordinal) => "report-narrative",
        _ => "other",
    };
}
