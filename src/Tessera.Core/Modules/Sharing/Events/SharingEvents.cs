using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Sharing.Events;

[EventType(700)]
public sealed record InformationShared(
    Guid SubjectId, Guid ChildRecordId, Guid SenderAgencyId, Guid RecipientAgencyId, ShareRecipientKind RecipientKind, SharingPurpose Purpose,
    ConsentState Consent, Article6Basis LawfulBasis, string GatewayCode, int GatewayRegistryVersion, int ConcernCount, int WithheldCount) : IEvent;

[EventType(701)]
public sealed record NotSharedDecisionRecorded(Guid SubjectId, Guid ChildRecordId, Guid AgencyId, NotSharedReason Reason) : IEvent;

[EventType(702)]
public sealed record ShareAmended(Guid SubjectId, Guid AmendmentId, Guid ByAgencyId) : IEvent;

[EventType(703)]
public sealed record ShareAcknowledged(Guid SubjectId, Guid ById) : IEvent;

[EventType(704)]
public sealed record ShareOutcomeReplied(Guid SubjectId, Guid ReplyId, ShareOutcomeKind Outcome) : IEvent;

[EventType(705)]
public sealed record ShareEscalated(Guid SubjectId, Guid RecipientAgencyId, int LeadsAlerted) : IEvent;

[EventType(706)]
public sealed record ShareDraftStarted(Guid SubjectId, Guid ChildRecordId, Guid? ConcernId) : IEvent;
