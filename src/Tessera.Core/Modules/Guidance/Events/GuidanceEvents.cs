using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Guidance.Events;

[EventType(940)]
public sealed record GuidancePublished(Guid SubjectId, int Number, string ChangedSectionKey, int PractitionersAsked) : IEvent;

[EventType(941)]
public sealed record GuidanceAcknowledged(Guid SubjectId, int Number) : IEvent;
