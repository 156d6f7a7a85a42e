using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Models;

/// <summary>
/// The answers of a sharing journey so far. Every step saves here, so nothing typed is lost when the practitioner
/// leaves, asks for advice or is turned back by a check. Only its owner sees or changes it.
/// </summary>
public class ShareDraft
{
    public const int TextMaxLength = 10_000;
    public const int ReasonMaxLength = 2_000;

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public Guid AgencyId { get; set; }
    public Guid ChildRecordId { get; set; }

    /// <summary>The concern the journey was started from, if any; it is chosen to share by default.</summary>
    public Guid? StartedFromConcernId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public SharingPurpose? Purpose { get; set; }
    public string? PurposeOther { get; set; }
    public ConsentState? Consent { get; set; }
    public ConsentNotSoughtReason? ConsentNotSoughtReason { get; set; }
    public string? ConsentNote { get; set; }
    public ShareRecipientKind? RecipientKind { get; set; }
    public Guid? RecipientAgencyId { get; set; }
    public Guid? RecipientTeamId { get; set; }
    public Guid? RecipientPractitionerId { get; set; }
    public string? SummaryFacts { get; set; }
    public string? SummaryOpinion { get; set; }

    /// <summary>The practitioner has checked that nothing they wrote identifies someone who could be harmed.</summary>
    public bool? IdentitiesChecked { get; set; }
    public bool? FamilyTold { get; set; }
    public string? FamilyNotToldReason { get; set; }
    public DataCategories? DataCategories { get; set; }
    public Article6Basis? LawfulBasis { get; set; }
    public Article9Condition? Article9 { get; set; }
    public Schedule1Condition? SpecialCategoryCondition { get; set; }
    public Schedule1Condition? CriminalOffenceCondition { get; set; }
    public string? GatewayCode { get; set; }
    public int? GatewayRegistryVersion { get; set; }

    /// <summary>Set once the journey ends in a share or a recorded decision not to share; it is then read-only.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
    public List<ShareDraftConcern> Concerns { get; set; } = [];

    /// <summary>Changes on every save so two tabs cannot silently overwrite each other's answers.</summary>
    public Guid Version { get; set; }
}

/// <summary>A concern chosen to share, with what it looked like when chosen, so a later change makes the draft stale.</summary>
public class ShareDraftConcern
{
    public Guid ShareDraftId { get; set; }
    public Guid ConcernId { get; set; }
    public Guid ConcernVersion { get; set; }
    public DateTimeOffset ChosenAt { get; set; }
}
