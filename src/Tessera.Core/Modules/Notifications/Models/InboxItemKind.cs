namespace Tessera.Core.Modules.Notifications.Models;

public enum InboxItemKind
{
    ConcernRecorded = 1,
    ConcernAssigned = 2,
    ConcernActionAssigned = 3,
    EmergencyAccessUsed = 630,
    EmergencyAccessUsedOnYourCase = 631,
    EmergencyAccessFoundInappropriate = 632,
    GuidancePublished = 940,
    BarrierResponded = 950,
}
