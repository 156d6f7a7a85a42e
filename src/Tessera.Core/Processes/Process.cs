namespace Tessera.Core.Processes;

/// <summary>One change to Tessera's data: who made it, when, why, and the events it caused.</summary>
public class Process
{
    public Guid Id { get; set; }
    public ProcessType Type { get; set; }
    public ActorKind ActorKind { get; set; }
    public Guid? ActorId { get; set; }
    public Guid? ActorAgencyId { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public List<ProcessEvent> Events { get; set; } = [];
}
