using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Contracts;

/// <summary>
/// Seeking advice before sharing (golden rule 4): a practitioner asks their own agency's DSL or privacy officer,
/// without naming the child, and the answer can be attached to the share draft it was about.
/// </summary>
public interface IAdviceRequests
{
    /// <summary>Asks for advice; the requester's agency advisers are alerted. Refused with errors when the summary is missing or too long.</summary>
    Task<Outcome<AdviceRequestView>> AskAsync(AskAdviceInput input, ProcessContext process, CancellationToken cancellationToken = default);

    /// <summary>Answered advice for a share draft that this practitioner asked for, oldest first.</summary>
    Task<IReadOnlyList<AdviceRequestView>> AnsweredForDraftAsync(Guid shareDraftId, Guid requesterId, CancellationToken cancellationToken = default);

    /// <summary>One request, if the practitioner asked it or may advise on it; otherwise null.</summary>
    Task<AdviceRequestView?> GetAsync(Guid adviceRequestId, Guid practitionerId, CancellationToken cancellationToken = default);
}

/// <summary>What the practitioner asks. The summary must not name the child.</summary>
public sealed record AskAdviceInput
{
    public string? Question { get; init; }
    public string? AnonymisedSummary { get; init; }
    public AdviserRole? AskRole { get; init; }

    /// <summary>The share draft being worked on, when asked from the journey.</summary>
    public Guid? ShareDraftId { get; init; }

    /// <summary>Where "Resume your sharing decision" goes; a local path only.</summary>
    public string? ReturnUrl { get; init; }

    /// <summary>The practitioner checked the summary after a warning that it may identify the child.</summary>
    public bool ConfirmedAnonymous { get; init; }
}

/// <summary>Who to ask in the practitioner's own agency.</summary>
public enum AdviserRole
{
    DesignatedSafeguardingLead = 1,
    PrivacyOfficer = 2,
}

public enum AdviceStatus
{
    Open = 1,
    Answered = 2,
}

/// <summary>An advice request as the requester or an adviser sees it.</summary>
public sealed record AdviceRequestView(
    Guid Id,
    Guid RequesterId,
    Guid AgencyId,
    AdviserRole AskRole,
    string Question,
    string AnonymisedSummary,
    Guid? ShareDraftId,
    string? ReturnUrl,
    AdviceStatus Status,
    DateTimeOffset AskedAt,
    string? Answer,
    Guid? AnsweredById,
    DateTimeOffset? AnsweredAt);

/// <summary>Where the journey sends a practitioner to ask for advice.</summary>
public static class AdvicePages
{
    public const string Ask = "/sharing/advice/ask";

    /// <summary>The "ask for advice" address, carrying the draft and the way back.</summary>
    public static string AskUrl(Guid? shareDraftId, string returnUrl)
    {
        var query = shareDraftId is { } id ? $"draftId={id}&" : "";
        return $"{Ask}?{query}returnUrl={Uri.EscapeDataString(returnUrl)}";
    }
}
