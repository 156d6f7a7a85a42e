namespace Tessera.Core.Processes;

/// <summary>
/// What kind of change a process is. Numbers are stored; never renumber or reuse one.
/// </summary>
public enum ProcessType
{
    Seeding = 1,
    PartnershipSetUp = 100,
    AgencyAdded = 101,
    PractitionerInvited = 102,
    PractitionerRegistered = 103,
    PractitionerRolesChanged = 104,
    PractitionerDisabled = 105,
    PractitionerEnabled = 106,
    TeamAdded = 107,
    SignIn = 150,
    SignOut = 151,
    TwoFactorEnrolled = 152,
    ChildRecordCreated = 200,
    ChildRecordUpdated = 201,
    ConcernRecorded = 300,
    ConcernActionAdded = 301,
    ConcernAssigned = 302,
    ConcernClosed = 303,
    ConcernAmended = 304,
    ConcernActionCompleted = 305,
    InboxItemRead = 400,
    ApiKeyIssued = 500,
    ApiKeyRevoked = 501,
    EmergencyAccessStarted = 630,
    EmergencyAccessEnded = 631,
    EmergencyAccessReviewed = 632,
    SubjectAccessExport = 650,
    RetentionErasure = 651,
    LegalHoldPlaced = 652,
    LegalHoldLifted = 653,
    RetentionScheduleChanged = 654,
    ShieldApplied = 610,
    ShieldLifted = 611,
    PractitionerAssignedToChild = 612,
    ChildAssignmentEnded = 613,
    Reauthenticated = 614,
}
