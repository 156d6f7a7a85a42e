using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Advice;

/// <summary>
/// A practitioner's question to their own agency's DSL or privacy officer. It holds an anonymised summary and no
/// child id on purpose: advice is about the situation, and the adviser does not need to know who the child is.
/// </summary>
public class AdviceRequest
{
    public const int QuestionMaxLength = 500;
    public const int SummaryMaxLength = 4000;
    public const int AnswerMaxLength = 4000;
    public const int ReturnUrlMaxLength = 500;

    public Guid Id { get; set; }
    public Guid RequesterId { get; set; }
    public Guid AgencyId { get; set; }
    public AdviserRole AskRole { get; set; }
    public required string Question { get; set; }
    public required string AnonymisedSummary { get; set; }
    public Guid? ShareDraftId { get; set; }
    public string? ReturnUrl { get; set; }
    public AdviceStatus Status { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public string? Answer { get; set; }
    public Guid? AnsweredById { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public Guid Version { get; set; }

    public AdviceRequestView ToView() => new(Id, RequesterId, AgencyId, AskRole, Question, AnonymisedSummary, ShareDraftId, ReturnUrl,
        Status, AskedAt, Answer, AnsweredById, AnsweredAt);
}
