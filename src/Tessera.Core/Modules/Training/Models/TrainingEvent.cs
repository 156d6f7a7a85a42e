namespace Tessera.Core.Modules.Training.Models;

/// <summary>A session of a course on a date with a limited number of places (usually a multi-agency course).</summary>
public class TrainingEvent
{
    public const int VenueMaxLength = 200;

    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Venue { get; set; }
    public int Places { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Changes with every booking, so two people cannot both take the last place.</summary>
    public Guid Version { get; set; }
    public List<TrainingBooking> Bookings { get; set; } = [];
}

/// <summary>A practitioner's place, or place on the waiting list, at an event.</summary>
public class TrainingBooking
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public Guid PractitionerId { get; set; }
    public BookingStatus Status { get; set; }
    public DateTimeOffset BookedAt { get; set; }
}

/// <summary>Numbers are stored.</summary>
public enum BookingStatus
{
    Booked = 1,
    Waiting = 2,
    Attended = 3,
    Cancelled = 4,
}
