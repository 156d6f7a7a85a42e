namespace Tessera.Core.Modules.Training.Models;

/// <summary>A course a practitioner can complete. Courses are partnership data, added by administrators.</summary>
public class TrainingCourse
{
    public const int CodeMaxLength = 50;
    public const int TitleMaxLength = 200;
    public const int ProviderMaxLength = 200;
    public const int CoversMaxLength = 2000;

    public Guid Id { get; set; }

    /// <summary>A short stable code, used in completion imports (for example "isp-essentials").</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    public CourseKind Kind { get; set; }
    public required string Provider { get; set; }

    /// <summary>How long the course takes, in minutes.</summary>
    public int LengthMinutes { get; set; }
    public required string Covers { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>How a course is delivered. Numbers are stored.</summary>
public enum CourseKind
{
    SingleAgency = 1,
    MultiAgency = 2,
    ELearning = 3,
}
