using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Practice.Events;

[EventType(930)]
public sealed record PracticeExampleSubmitted(Guid SubjectId, Guid AgencyId) : IEvent;

[EventType(931)]
public sealed record PracticeExamplePublished(Guid SubjectId) : IEvent;

[EventType(932)]
public sealed record PracticeExampleRejected(Guid SubjectId) : IEvent;

[EventType(933)]
public sealed record HelpfulMarkRecorded(Guid SubjectId) : IEvent;
