using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Concerns.Events;

[EventType(300)]
public sealed record ConcernRecorded(Guid SubjectId, Guid ChildRecordId, Guid AgencyId, string CategoryCode, LevelOfNeed LevelOfNeed, bool BackDated, bool ChildVoiceRecorded, int LinkedChildCount) : IEvent;

[EventType(301)]
public sealed record ConcernActionAdded(Guid SubjectId, Guid ActionId, Guid? AssignedToId, DateOnly? DueBy) : IEvent;

[EventType(302)]
public sealed record ConcernAssigned(Guid SubjectId, Guid? From, Guid To) : IEvent;

[EventType(303)]
public sealed record ConcernClosed(Guid SubjectId) : IEvent;

[EventType(304)]
public sealed record ConcernAmended(Guid SubjectId, Guid AmendmentId) : IEvent;

[EventType(305)]
public sealed record ConcernActionCompleted(Guid SubjectId, Guid ActionId) : IEvent;
