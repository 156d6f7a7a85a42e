using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Models;

/// <summary>
/// A sent share and its decision record. What was shared never changes after sending: corrections are appended as
/// <see cref="ShareAmendment"/>s, and only acknowledgement, escalation and outcomes are added later.
/// </summary>
public class Share
{
    public Guid Id { get; set; }
    public Guid? ShareDraftId { get; set; }
    public Guid ChildRecordId { get; set; }

    /// <summary>Null when an agency system sent the share through the API.</summary>
    public Guid? SenderId { get; set; }
    public Guid SenderAgencyId { get; set; }

    /// <summary>The sender's roles when they sent it, as a plain description ("Designated safeguarding lead").</summary>
    public required string SenderRole { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public SharingPurpose Purpose { get; set; }
    public string? PurposeOther { get; set; }
    public ConsentState Consent { get; set; }
    public ConsentNotSoughtReason? ConsentNotSoughtReason { get; set; }
    public string? ConsentNote { get; set; }
    public ShareRecipientKind RecipientKind { get; set; }
    public Guid RecipientAgencyId { get; set; }
    public Guid? RecipientTeamId { get; set; }
    public Guid? RecipientPractitionerId { get; set; }
    public required string SummaryFacts { get; set; }
    public string? SummaryOpinion { get; set; }
    public bool FamilyTold { get; set; }
    public string? FamilyNotToldReason { get; set; }
    public DataCategories DataCategories { get; set; }
    public Article6Basis LawfulBasis { get; set; }
    public Article9Condition? Article9 { get; set; }
    public Schedule1Condition? SpecialCategoryCondition { get; set; }
    public Schedule1Condition? CriminalOffenceCondition { get; set; }

    /// <summary>What the decision engine suggested, kept beside what the practitioner confirmed.</summary>
    public Article6Basis? SuggestedLawfulBasis { get; set; }
    public List<string> SuggestedGatewayCodes { get; set; } = [];
    public required string GatewayCode { get; set; }
    public int GatewayRegistryVersion { get; set; }

    /// <summary>Advice requests (from the advice pages) that informed the decision.</summary>
    public List<Guid> AdviceRequestIds { get; set; } = [];
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedById { get; set; }

    /// <summary>When the unacknowledged share was escalated to the recipient agency's safeguarding leads.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }
    public DateTimeOffset? AcknowledgeBy { get; set; }
    public List<SharedConcern> Items { get; set; } = [];
    public List<ShareWithheldItem> Withheld { get; set; } = [];
    public List<ShareAmendment> Amendments { get; set; } = [];
    public List<ShareOutcomeReply> Outcomes { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>A copy of a concern as it was sent: facts and opinion apart, the child's voice with them.</summary>
public class SharedConcern
{
    public Guid Id { get; set; }
    public Guid ShareId { get; set; }
    public Guid ConcernId { get; set; }
    public required string CategoryCode { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public required string WhatHappened { get; set; }
    public string? PractitionerView { get; set; }
    public string? ChildSaid { get; set; }
    public string? ChildSeemed { get; set; }

    /// <summary>Amendments made to the concern before sending, so the copy is complete.</summary>
    public string? Amendments { get; set; }
}

/// <summary>Something left out of the share because its owner shielded it. Holds what kind, never the value.</summary>
public class ShareWithheldItem
{
    public Guid ShareId { get; set; }
    public Guid ShieldId { get; set; }
    public int Target { get; set; }
}

/// <summary>A correction or addition to a sent share, by either side; both sides see it.</summary>
public class ShareAmendment
{
    public const int TextMaxLength = 10_000;

    public Guid Id { get; set; }
    public Guid ShareId { get; set; }
    public required string Text { get; set; }
    public Guid AddedById { get; set; }
    public Guid AddedByAgencyId { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>The recipient's reply saying what happened next.</summary>
public class ShareOutcomeReply
{
    public const int TextMaxLength = 2_000;

    public Guid Id { get; set; }
    public Guid ShareId { get; set; }
    public ShareOutcomeKind Outcome { get; set; }
    public string? Text { get; set; }
    public Guid RepliedById { get; set; }
    public DateTimeOffset RepliedAt { get; set; }
}
