using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Api.Events;

[EventType(500)]
public sealed record ApiKeyIssued(Guid SubjectId, Guid AgencyId) : IEvent;

[EventType(501)]
public sealed record ApiKeyRevoked(Guid SubjectId) : IEvent;
