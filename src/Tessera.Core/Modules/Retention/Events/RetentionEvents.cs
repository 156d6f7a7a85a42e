using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Retention.Events;

/// <summary>A subject access export was made. Counts only: what it held is in the file, not in the log.</summary>
[EventType(650)]
public sealed record SubjectAccessExported(Guid SubjectId, string SubjectKind, int ChildRecordCount, int ConcernCount, int AuditEntryCount, int WithheldCount, int ThirdPartyRedactionCount) : IEvent;

/// <summary>A child record reached the end of its retention schedule and everything about it was erased.</summary>
[EventType(651)]
public sealed record ChildRecordErased(Guid SubjectId, Guid AgencyId, string RetentionCode, int ConcernCount) : IEvent;

/// <summary>A concern reached the end of the concern schedule and was erased with its actions and amendments.</summary>
[EventType(652)]
public sealed record ConcernErased(Guid SubjectId, Guid ChildRecordId, Guid AgencyId) : IEvent;

[EventType(653)]
public sealed record LegalHoldPlaced(Guid SubjectId, Guid ChildRecordId) : IEvent;

[EventType(654)]
public sealed record LegalHoldLifted(Guid SubjectId, Guid ChildRecordId) : IEvent;

/// <summary>A schedule's period changed. The subject is the schedule's stable id (see RetentionRules.ScheduleId).</summary>
[EventType(655)]
public sealed record RetentionScheduleChanged(Guid SubjectId, string Code, int FromAge, int ToAge) : IEvent;
