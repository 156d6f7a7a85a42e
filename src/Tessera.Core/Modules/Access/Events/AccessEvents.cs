using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Access.Events;

/// <summary>Information on a child's record was shielded. Ids and categories only: never the shielded value.</summary>
[EventType(610)]
public sealed record ShieldApplied(Guid SubjectId, Guid ChildRecordId, ShieldTarget Target, Guid? TargetId, int NamedViewerCount) : IEvent;

/// <summary>A DSL lifted a shield; the reason is kept on the shield row, not in the event.</summary>
[EventType(611)]
public sealed record ShieldLifted(Guid SubjectId, Guid ChildRecordId, ShieldTarget Target, Guid? TargetId) : IEvent;

/// <summary>A DSL or MASH manager assigned a named practitioner to a child.</summary>
[EventType(612)]
public sealed record AssignmentStarted(Guid SubjectId, Guid ChildRecordId, Guid PractitionerId, DateTimeOffset? EndsAt) : IEvent;

/// <summary>An assignment was ended before its end date (or had none).</summary>
[EventType(613)]
public sealed record AssignmentEnded(Guid SubjectId, Guid ChildRecordId, Guid PractitionerId) : IEvent;

/// <summary>A signed-in practitioner confirmed who they are again (password, and a security code when enrolled).</summary>
[EventType(614)]
public sealed record PractitionerReauthenticated(Guid SubjectId, bool WithTwoFactor) : IEvent;
