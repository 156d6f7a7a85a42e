using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Modules.Retention.Models;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>
/// Finds what the retention schedules say must go, and erases it. A record under an active legal hold is never erased.
/// Each erasure is its own process (event and audit entry, ids only); audit entries themselves are never erased.
/// Set-based: one query per schedule finds what is due, and erasures are written in batches, one transaction each.
/// </summary>
public sealed class RetentionService(TesseraDbContext db, RecordEraser eraser)
{
    public const int DefaultBatchSize = 500;

    public async Task<RetentionDue> FindDueAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var schedules = await db.RetentionSchedules.AsNoTracking().ToListAsync(cancellationToken);
        var concernSchedule = schedules.SingleOrDefault(s => s.Code == RetentionDefaults.Concern);
        var records = new List<DueRecord>();
        var concerns = new List<DueConcern>();
        foreach (var schedule in schedules.Where(s => s.Code != RetentionDefaults.Concern))
        {
            var code = schedule.Code;
            var recordCutoff = RetentionRules.BornOnOrBefore(today, schedule.KeepUntilAge);
            records.AddRange(await db.ChildRecords.AsNoTracking()
                .Where(c => c.RetentionCode == code && c.DateOfBirth <= recordCutoff)
                .Select(c => new DueRecord(c.Id, c.AgencyId, c.RetentionCode, db.LegalHolds.Any(h => h.ChildRecordId == c.Id && h.LiftedAt == null)))
                .ToListAsync(cancellationToken));

            if (concernSchedule is null)
            {
                continue;
            }

            // Concerns due before their record: the record's own erasure takes the rest with it.
            var concernCutoff = RetentionRules.BornOnOrBefore(today, RetentionRules.ConcernAge(schedule, concernSchedule));
            if (concernCutoff > recordCutoff)
            {
                concerns.AddRange(await db.Concerns.AsNoTracking()
                    .Join(db.ChildRecords, c => c.ChildRecordId, r => r.Id, (c, r) => new { Concern = c, Record = r })
                    .Where(x => x.Record.RetentionCode == code && x.Record.DateOfBirth <= concernCutoff && x.Record.DateOfBirth > recordCutoff)
                    .Select(x => new DueConcern(x.Concern.Id, x.Record.Id, x.Concern.AgencyId,
                        db.LegalHolds.Any(h => h.ChildRecordId == x.Record.Id && h.LiftedAt == null)))
                    .ToListAsync(cancellationToken));
            }
        }

        return new RetentionDue(today, records, concerns);
    }

    /// <summary>Erases what is due today (or, on a dry run, only counts it) and reports one line per schedule.</summary>
    public async Task<RetentionReport> RunAsync(DateOnly today, bool dryRun, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        var schedules = await db.RetentionSchedules.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var due = await FindDueAsync(today, cancellationToken);
        var erasedRecords = new Dictionary<string, int>();
        var erasedConcerns = 0;
        if (dryRun)
        {
            foreach (var group in due.Records.Where(r => !r.Held).GroupBy(r => r.RetentionCode))
            {
                erasedRecords[group.Key] = group.Count();
            }

            erasedConcerns = due.Concerns.Count(c => !c.Held);
        }
        else
        {
            foreach (var batch in due.Records.Where(r => !r.Held).Chunk(batchSize))
            {
                foreach (var erased in await eraser.EraseRecordsAsync(batch.Select(r => r.Id).ToList(), cancellationToken))
                {
                    erasedRecords[erased] = erasedRecords.GetValueOrDefault(erased) + 1;
                }
            }

            foreach (var batch in due.Concerns.Where(c => !c.Held).Chunk(batchSize))
            {
                erasedConcerns += await eraser.EraseConcernsAsync(batch.Select(c => c.Id).ToList(), cancellationToken);
            }
        }

        var outcomes = schedules.Select(s => s.Code == RetentionDefaults.Concern
            ? new ScheduleOutcome(s.Code, s.Name, s.KeepUntilAge, erasedConcerns, due.Concerns.Count(c => c.Held))
            : new ScheduleOutcome(s.Code, s.Name, s.KeepUntilAge, erasedRecords.GetValueOrDefault(s.Code), due.Records.Count(r => r.Held && r.RetentionCode == s.Code)))
            .ToList();
        return new RetentionReport(today, dryRun, outcomes);
    }
}
