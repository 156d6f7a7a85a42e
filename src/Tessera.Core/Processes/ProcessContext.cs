using System.Reflection;
using System.Text.Json;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Services;

namespace Tessera.Core.Processes;

/// <summary>
/// The context every change runs in. Services add their entity changes and call <see cref="Publish"/>;
/// the process row and its events are saved by the same SaveChanges call, so they share one transaction.
/// </summary>
public sealed class ProcessContext
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    private ProcessContext(Process process) => Process = process;

    public Process Process { get; }

    public DateTimeOffset Now => Process.StartedAt;

    /// <summary>The child record the change is about, if any; it goes into the audit entry.</summary>
    public Guid? ChildRecordId { get; private set; }

    public Actor Actor => new(Process.ActorKind, Process.ActorId, Process.ActorAgencyId);

    public static ProcessContext Start(ProcessType type, Actor actor, TimeProvider clock, string? reason = null) =>
        new(new Process
        {
            Id = Guid.CreateVersion7(),
            Type = type,
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            ActorAgencyId = actor.AgencyId,
            Reason = reason,
            StartedAt = clock.GetUtcNow(),
        });

    public void Publish(IEvent @event)
    {
        var eventType = @event.GetType();
        var type = eventType.GetCustomAttribute<EventTypeAttribute>()
            ?? throw new InvalidOperationException($"{eventType.Name} has no [EventType] number.");
        Process.Events.Add(new ProcessEvent
        {
            Id = Guid.CreateVersion7(),
            ProcessId = Process.Id,
            EventType = type.Number,
            EventName = eventType.Name,
            SubjectId = @event.SubjectId,
            Payload = JsonSerializer.Serialize(@event, eventType, PayloadJson),
            OccurredAt = Now,
        });
    }

    /// <summary>Marks the change as being about a child's record, so "who viewed or changed this child" finds it.</summary>
    public ProcessContext AboutChild(Guid childRecordId)
    {
        ChildRecordId = childRecordId;
        return this;
    }

    /// <summary>Adds the process, its events and its audit entry to the context and saves everything in one transaction.</summary>
    public async Task CompleteAsync(TesseraDbContext db, CancellationToken cancellationToken = default)
    {
        db.Processes.Add(Process);
        db.AuditEntries.Add(AuditTrail.ForProcess(Process, ChildRecordId));
        await db.SaveChangesAsync(cancellationToken);
    }
}
