using System.Text.Json;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Audit.Services;

/// <summary>
/// Writes audit entries. Changes are audited by <see cref="ProcessContext"/> in the same SaveChanges as the change;
/// reads, searches and denials call <see cref="RecordAsync"/>, which commits before the page or response is sent.
/// </summary>
public sealed class AuditTrail(TesseraDbContext db, TimeProvider clock, AuditSettings settings, AuditAppender? appender = null)
{
    internal static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    /// <summary>Adds an entry to the unit of work without saving it: it commits with whatever the caller saves next.</summary>
    public AuditEntry Add(AuditAction action, Actor actor, string? subjectType, Guid? subjectId, Guid? childRecordId = null,
        object? detail = null, Guid? emergencyAccessId = null)
    {
        var entry = Create(action, actor, subjectType, subjectId, childRecordId, detail, emergencyAccessId);
        db.AuditEntries.Add(entry);
        return entry;
    }

    private AuditEntry Create(AuditAction action, Actor actor, string? subjectType, Guid? subjectId, Guid? childRecordId,
        object? detail, Guid? emergencyAccessId) =>
        new()
        {
            At = clock.GetUtcNow(),
            Action = action,
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            ActorAgencyId = actor.AgencyId,
            SubjectType = subjectType,
            SubjectId = subjectId,
            ChildRecordId = childRecordId,
            EmergencyAccessId = emergencyAccessId,
            Detail = Serialise(detail),
        };

    /// <summary>Adds and commits an entry; awaited before the response so no read goes unrecorded.</summary>
    public async Task RecordAsync(AuditAction action, Actor actor, string? subjectType, Guid? subjectId, Guid? childRecordId = null,
        object? detail = null, Guid? emergencyAccessId = null, CancellationToken cancellationToken = default)
    {
        // Reads can be switched off only to measure the audit's own cost (the benchmark compares both in one run).
        if (action == AuditAction.Read && !settings.RecordReads)
        {
            return;
        }

        // A read with nothing else pending joins the group commit; anything else commits with the caller's changes.
        if (appender is not null && action == AuditAction.Read && !db.ChangeTracker.HasChanges())
        {
            await appender.AppendAsync(Create(action, actor, subjectType, subjectId, childRecordId, detail, emergencyAccessId)).WaitAsync(cancellationToken);
            return;
        }

        Add(action, actor, subjectType, subjectId, childRecordId, detail, emergencyAccessId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The entry for a completed process: one per process, naming its events by number.</summary>
    internal static AuditEntry ForProcess(Process process, Guid? childRecordId)
    {
        var first = process.Events.FirstOrDefault();
        return new AuditEntry
        {
            At = process.StartedAt,
            Action = AuditActions.For(process),
            ActorKind = process.ActorKind,
            ActorId = process.ActorId,
            ActorAgencyId = process.ActorAgencyId,
            SubjectType = first is null ? null : AuditActions.SubjectType(first.EventName),
            SubjectId = first?.SubjectId,
            ChildRecordId = childRecordId,
            ProcessId = process.Id,
            Detail = Serialise(new { process = (int)process.Type, events = process.Events.Select(e => e.EventType).ToArray() }),
        };
    }

    internal static string? Serialise(object? detail) => detail switch
    {
        null => null,
        string text => text,
        _ => JsonSerializer.Serialize(detail, DetailJson),
    };
}
