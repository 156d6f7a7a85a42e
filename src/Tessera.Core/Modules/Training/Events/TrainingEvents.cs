using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Training.Events;

[EventType(1000)]
public sealed record TrainingCourseAdded(Guid SubjectId, CourseKind Kind) : IEvent;

[EventType(1001)]
public sealed record TrainingCompletionRecorded(Guid SubjectId, Guid PractitionerId, Guid CourseId, CompletionSource Source) : IEvent;

/// <summary>One import: the subject is the import's own id; each imported row also has its own completion event.</summary>
[EventType(1002)]
public sealed record TrainingCompletionsImported(Guid SubjectId, int Imported, int Rejected) : IEvent;

[EventType(1003)]
public sealed record TrainingEventScheduled(Guid SubjectId, Guid CourseId, int Places) : IEvent;

[EventType(1004)]
public sealed record TrainingPlaceBooked(Guid SubjectId, Guid EventId, Guid PractitionerId, BookingStatus Status) : IEvent;

[EventType(1005)]
public sealed record TrainingBookingCancelled(Guid SubjectId, Guid EventId, Guid? PromotedBookingId) : IEvent;

[EventType(1006)]
public sealed record TrainingAttendanceMarked(Guid SubjectId, Guid EventId, Guid CompletionId) : IEvent;

[EventType(1007)]
public sealed record TrainingReminderIssued(Guid SubjectId, Guid PractitionerId, Guid RequirementId, TrainingState State) : IEvent;
