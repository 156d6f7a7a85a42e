namespace Tessera.Core.Modules.Training.Models;

/// <summary>One reminder sent, so the daily run sends each reminder once for each due date.</summary>
public class TrainingReminder
{
    public Guid Id { get; set; }
    public Guid PractitionerId { get; set; }
    public Guid RequirementId { get; set; }
    public DateOnly DueOn { get; set; }
    public TrainingState State { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
