namespace Tessera.Core.Modules.Notifications.Models;

public enum InboxItemKind
{
    ConcernRecorded = 1,
    ConcernAssigned = 2,
    ConcernActionAssigned = 3,
    EmergencyAccessUsed = 630,
    EmergencyAccessUsedOnYourCase = 631,
    EmergencyAccessFoundInappropriate = 632,
    ShareReceived = 700,
    ShareAmended = 701,
    ShareOutcomeReplied = 702,
    ShareNotAcknowledged = 703,
    ShareAcknowledged = 704,
    AdviceRequested = 740,
    AdviceAnswered = 741,
    GatewayChangeAwaitingApproval = 750,
    TrainingDueSoon = 1000,
    TrainingOverdue = 1001,
    TrainingPlaceOffered = 1002,
    GuidancePublished = 940,
    BarrierResponded = 950,
}
