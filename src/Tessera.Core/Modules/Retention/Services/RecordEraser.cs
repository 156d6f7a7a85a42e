using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Retention.Events;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>
/// Erases a batch in one transaction: set-based deletes, then one process per erased record (its event and its
/// Erasure audit entry, ids only). What is erased is re-read inside the transaction, so a legal hold placed since the
/// search, or another node's run that got there first, wins.
/// </summary>
public sealed class RecordEraser(TesseraDbContext db, TimeProvider clock)
{
    /// <summary>Erases the child records (and everything about them) not under an active hold; returns their schedule codes.</summary>
    public async Task<IReadOnlyList<string>> EraseRecordsAsync(IReadOnlyCollection<Guid> childRecordIds, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var records = await db.ChildRecords.AsNoTracking()
            .Where(c => childRecordIds.Contains(c.Id) && !db.LegalHolds.Any(h => h.ChildRecordId == c.Id && h.LiftedAt == null))
            .Select(c => new { c.Id, c.AgencyId, c.RetentionCode })
            .ToListAsync(cancellationToken);
        var ids = records.Select(r => r.Id).ToList();
        var concerns = await db.Concerns.AsNoTracking().Where(c => ids.Contains(c.ChildRecordId))
            .Select(c => new { c.Id, c.ChildRecordId }).ToListAsync(cancellationToken);
        await DeleteConcernsAsync(concerns.Select(c => c.Id).ToList(), cancellationToken);

        await db.Set<ConcernLinkedChild>().Where(l => ids.Contains(l.ChildRecordId)).ExecuteDeleteAsync(cancellationToken);
        await db.ShieldViewers.Where(v => db.Shields.Any(s => s.Id == v.ShieldId && ids.Contains(s.ChildRecordId))).ExecuteDeleteAsync(cancellationToken);
        await db.Shields.Where(s => ids.Contains(s.ChildRecordId)).ExecuteDeleteAsync(cancellationToken);
        await db.ChildAssignments.Where(a => ids.Contains(a.ChildRecordId)).ExecuteDeleteAsync(cancellationToken);

        // Only lifted holds remain here; their placing and lifting stay in the process log and the audit trail.
        await db.LegalHolds.Where(h => ids.Contains(h.ChildRecordId)).ExecuteDeleteAsync(cancellationToken);
        await db.ChildAliases.Where(a => ids.Contains(a.ChildRecordId)).ExecuteDeleteAsync(cancellationToken);
        await db.RelatedAdults.Where(a => ids.Contains(a.ChildRecordId)).ExecuteDeleteAsync(cancellationToken);
        await db.ChildRecords.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);

        var concernCounts = concerns.GroupBy(c => c.ChildRecordId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var record in records)
        {
            var process = ProcessContext.Start(ProcessType.RetentionErasure, Actor.System, clock, $"Retention schedule {record.RetentionCode} reached")
                .AboutChild(record.Id);
            process.Publish(new ChildRecordErased(record.Id, record.AgencyId, record.RetentionCode, concernCounts.GetValueOrDefault(record.Id)));
            Stage(process);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return records.Select(r => r.RetentionCode).ToList();
    }

    /// <summary>Erases the concerns (with their actions, amendments, links and shields) whose record has no active hold.</summary>
    public async Task<int> EraseConcernsAsync(IReadOnlyCollection<Guid> concernIds, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var concerns = await db.Concerns.AsNoTracking()
            .Where(c => concernIds.Contains(c.Id) && !db.LegalHolds.Any(h => h.ChildRecordId == c.ChildRecordId && h.LiftedAt == null))
            .Select(c => new { c.Id, c.ChildRecordId, c.AgencyId })
            .ToListAsync(cancellationToken);
        await DeleteConcernsAsync(concerns.Select(c => c.Id).ToList(), cancellationToken);
        foreach (var concern in concerns)
        {
            var process = ProcessContext.Start(ProcessType.RetentionErasure, Actor.System, clock, "Retention schedule concern reached")
                .AboutChild(concern.ChildRecordId);
            process.Publish(new ConcernErased(concern.Id, concern.ChildRecordId, concern.AgencyId));
            Stage(process);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return concerns.Count;
    }

    private async Task DeleteConcernsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await db.Set<ConcernLinkedChild>().Where(l => ids.Contains(l.ConcernId)).ExecuteDeleteAsync(cancellationToken);
        await db.ConcernActions.Where(a => ids.Contains(a.ConcernId)).ExecuteDeleteAsync(cancellationToken);
        await db.ConcernAmendments.Where(a => ids.Contains(a.ConcernId)).ExecuteDeleteAsync(cancellationToken);
        var concernTarget = ShieldTarget.Concern;
        await db.ShieldViewers.Where(v => db.Shields.Any(s => s.Id == v.ShieldId && s.Target == concernTarget && s.TargetId != null && ids.Contains(s.TargetId.Value)))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Shields.Where(s => s.Target == concernTarget && s.TargetId != null && ids.Contains(s.TargetId.Value)).ExecuteDeleteAsync(cancellationToken);

        // Alerts never name a child, but one pointing at an erased concern is a dead end.
        await db.InboxItems.Where(i => i.SubjectId != null && ids.Contains(i.SubjectId.Value)).ExecuteDeleteAsync(cancellationToken);
        await db.Concerns.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// As <see cref="ProcessContext.CompleteAsync"/> does, but without saving: a batch's processes commit together
    /// with its deletes.
    /// </summary>
    private void Stage(ProcessContext process)
    {
        db.Processes.Add(process.Process);
        db.AuditEntries.Add(AuditTrail.ForProcess(process.Process, process.ChildRecordId));
    }
}
