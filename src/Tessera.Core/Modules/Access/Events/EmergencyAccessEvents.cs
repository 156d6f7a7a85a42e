using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Access.Events;

[EventType(630)]
public sealed record EmergencyAccessStarted(Guid SubjectId, Guid ChildRecordId, Guid OwningAgencyId, EmergencyReason Reason, DateTimeOffset ExpiresAt) : IEvent;

[EventType(631)]
public sealed record EmergencyAccessEnded(Guid SubjectId, Guid ChildRecordId) : IEvent;

[EventType(632)]
public sealed record EmergencyAccessReviewed(Guid SubjectId, Guid ChildRecordId, EmergencyReview Outcome) : IEvent;
