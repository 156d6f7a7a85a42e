namespace Tessera.Core.Modules.Sharing.Models;

// Every enum here is stored as a number: never renumber. Purpose and consent come from the decision contracts.

/// <summary>Who a share is addressed to. Matches the access module's audiences.</summary>
public enum ShareRecipientKind
{
    Practitioner = 1,
    Team = 2,
    Agency = 3,
}

/// <summary>Why a practitioner decided not to share.</summary>
public enum NotSharedReason
{
    MoreDetrimentalThanNotSharing = 1,
    NoSafeguardingRelevance = 2,
    WaitingForAdvice = 3,
    Other = 4,
}

/// <summary>What the recipient did with a share: the feedback the sharer sees.</summary>
public enum ShareOutcomeKind
{
    ReferralAccepted = 1,
    AssessmentStarted = 2,
    NoFurtherAction = 3,
    Other = 4,
}
