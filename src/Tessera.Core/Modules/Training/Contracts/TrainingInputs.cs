using Tessera.Core.Modules.Training.Models;

namespace Tessera.Core.Modules.Training.Contracts;

public sealed record RecordCompletionInput(Guid PractitionerId, Guid? CourseId, DateOnly? CompletedOn, string? Evidence);

public sealed record CourseInput(string? Code, string? Title, CourseKind? Kind, string? Provider, int? LengthMinutes, string? Covers);

public sealed record TrainingEventInput(Guid? CourseId, DateOnly? HeldOn, string? Venue, int? Places);
