using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Language.Events;

/// <summary>A term was added to the shared vocabulary. The words are partnership data, not about any person.</summary>
[EventType(900)]
public sealed record VocabularyTermAdded(Guid SubjectId, string Kind, string Term) : IEvent;

/// <summary>A term or its definition changed; the earlier version is kept.</summary>
[EventType(901)]
public sealed record VocabularyTermChanged(Guid SubjectId, int FromVersion, int ToVersion) : IEvent;

[EventType(902)]
public sealed record AgencyTermMapped(Guid SubjectId, string AgencyTerm, int UsedBy, Guid TermId) : IEvent;

[EventType(903)]
public sealed record AgencyTermMappingChanged(Guid SubjectId, string AgencyTerm, int UsedBy, Guid TermId) : IEvent;
