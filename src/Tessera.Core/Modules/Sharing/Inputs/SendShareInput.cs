using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Models;

namespace Tessera.Core.Modules.Sharing.Inputs;

/// <summary>
/// Everything a share needs, from a finished journey or an agency system. Field names match the journey's pages and
/// the API's, so an error points at the question to change.
/// </summary>
public sealed record SendShareInput
{
    public Guid ChildRecordId { get; init; }
    public Guid? ShareDraftId { get; init; }
    public SharingPurpose? Purpose { get; init; }
    public string? PurposeOther { get; init; }
    public ConsentState? Consent { get; init; }
    public ConsentNotSoughtReason? ConsentNotSoughtReason { get; init; }
    public string? ConsentNote { get; init; }
    public ShareRecipientKind? RecipientKind { get; init; }
    public Guid? RecipientAgencyId { get; init; }
    public Guid? RecipientTeamId { get; init; }
    public Guid? RecipientPractitionerId { get; init; }

    /// <summary>The concerns to share, each with the version and time it was chosen (null from the API: as it is now).</summary>
    public IReadOnlyList<ChosenConcern> Concerns { get; init; } = [];
    public string? SummaryFacts { get; init; }
    public string? SummaryOpinion { get; init; }
    public bool? FamilyTold { get; init; }
    public string? FamilyNotToldReason { get; init; }
    public DataCategories DataCategories { get; init; } = DataCategories.PersonalData;
    public Article6Basis? LawfulBasis { get; init; }
    public Article9Condition? Article9 { get; init; }
    public Schedule1Condition? SpecialCategoryCondition { get; init; }
    public Schedule1Condition? CriminalOffenceCondition { get; init; }
    public string? GatewayCode { get; init; }
    public IReadOnlyList<Guid> AdviceRequestIds { get; init; } = [];
}

/// <summary>A concern chosen to share; the version and time let a stale choice be caught.</summary>
public sealed record ChosenConcern(Guid ConcernId, Guid? Version = null, DateTimeOffset? ChosenAt = null);

/// <summary>A decision not to share and why.</summary>
public sealed record RecordNotSharedInput
{
    public Guid ChildRecordId { get; init; }
    public Guid? ShareDraftId { get; init; }
    public SharingPurpose? Purpose { get; init; }
    public NotSharedReason? Reason { get; init; }
    public string? ReasonText { get; init; }
    public IReadOnlyList<Guid> ConcernIds { get; init; } = [];
    public IReadOnlyList<Guid> AdviceRequestIds { get; init; } = [];
}
