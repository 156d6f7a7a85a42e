using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Sharing.Advice;

[EventType(740)]
public sealed record AdviceRequested(Guid SubjectId, Guid AgencyId, AdviserRole AskRole, Guid? ShareDraftId, bool IdentifierWarningOverridden) : IEvent;

[EventType(741)]
public sealed record AdviceAnswered(Guid SubjectId, Guid AgencyId, Guid? ShareDraftId) : IEvent;
