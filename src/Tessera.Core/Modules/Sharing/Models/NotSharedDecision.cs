using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Models;

/// <summary>A recorded decision not to share, with the reason. Kept and reportable like a share.</summary>
public class NotSharedDecision
{
    public const int ReasonMaxLength = 2_000;

    public Guid Id { get; set; }
    public Guid? ShareDraftId { get; set; }
    public Guid ChildRecordId { get; set; }
    public Guid DecidedById { get; set; }
    public Guid AgencyId { get; set; }
    public required string DecidedByRole { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public SharingPurpose? Purpose { get; set; }
    public NotSharedReason Reason { get; set; }
    public string? ReasonText { get; set; }
    public List<Guid> ConcernIds { get; set; } = [];
    public List<Guid> AdviceRequestIds { get; set; } = [];
}
