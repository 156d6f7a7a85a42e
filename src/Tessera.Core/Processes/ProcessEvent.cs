namespace Tessera.Core.Processes;

public class ProcessEvent
{
    public Guid Id { get; set; }
    public Guid ProcessId { get; set; }
    public int EventType { get; set; }
    public required string EventName { get; set; }
    public Guid SubjectId { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
}
