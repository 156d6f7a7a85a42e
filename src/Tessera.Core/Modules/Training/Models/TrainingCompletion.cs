namespace Tessera.Core.Modules.Training.Models;

/// <summary>A practitioner finished a course on a date; the evidence is a note or a certificate reference.</summary>
public class TrainingCompletion
{
    public const int EvidenceMaxLength = 500;

    public Guid Id { get; set; }
    public Guid PractitionerId { get; set; }
    public Guid CourseId { get; set; }
    public DateOnly CompletedOn { get; set; }
    public required string Evidence { get; set; }
    public CompletionSource Source { get; set; }
    public Guid? RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>How a completion reached Tessera. Numbers are stored.</summary>
public enum CompletionSource
{
    Recorded = 1,
    Imported = 2,
    Attended = 3,
}
