using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Models;

namespace Tessera.Core.Modules.Audit.Services;

/// <summary>One line of "who viewed this child": when, who, from which agency, what they did.</summary>
public sealed record ChildViewRow(DateTimeOffset At, AuditAction Action, Guid? ActorId, string? ActorName, string? AgencyName, bool UnderEmergencyAccess, string? SubjectType);

/// <summary>A privacy officer's filters; every one optional.</summary>
public sealed record ChildViewFilter(DateTimeOffset? From = null, DateTimeOffset? To = null, Guid? AgencyId = null, AuditAction? Action = null, bool EmergencyOnly = false);

public sealed record ChildViewPage(IReadOnlyList<ChildViewRow> Rows, int Total);

/// <summary>Reads the audit log for one child, by the index on ChildRecordId.</summary>
public sealed class ChildViewHistory(TesseraDbContext db)
{
    /// <summary>How many views the case holder and DSLs see.</summary>
    public const int RecentCount = 25;

    /// <summary>The most recent reads of the child's record, newest first.</summary>
    public async Task<IReadOnlyList<ChildViewRow>> RecentViewsAsync(Guid childRecordId, CancellationToken cancellationToken = default) =>
        await Rows(db.AuditEntries.AsNoTracking().Where(e => e.ChildRecordId == childRecordId && e.Action == AuditAction.Read))
            .Take(RecentCount).ToListAsync(cancellationToken);

    /// <summary>Everything recorded about the child, filtered, a page at a time (for privacy officers).</summary>
    public async Task<ChildViewPage> EverythingAsync(Guid childRecordId, ChildViewFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEntries.AsNoTracking().Where(e => e.ChildRecordId == childRecordId);
        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        if (filter.AgencyId is { } agency)
        {
            query = query.Where(e => e.ActorAgencyId == agency);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (filter.EmergencyOnly)
        {
            query = query.Where(e => e.EmergencyAccessId != null);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await Rows(query).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ChildViewPage(rows, total);
    }

    /// <summary>The agencies whose people appear in the child's audit log, for the filter.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AgenciesAsync(Guid childRecordId, CancellationToken cancellationToken = default)
    {
        var ids = await db.AuditEntries.AsNoTracking().Where(e => e.ChildRecordId == childRecordId && e.ActorAgencyId != null)
            .Select(e => e.ActorAgencyId!.Value).Distinct().ToListAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return agencies.Select(a => (a.Id, a.Name)).ToList();
    }

    private IQueryable<ChildViewRow> Rows(IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new ChildViewRow(
                e.At,
                e.Action,
                e.ActorId,
                db.Users.Where(u => u.Id == e.ActorId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Agencies.Where(a => a.Id == e.ActorAgencyId).Select(a => a.Name).FirstOrDefault(),
                e.EmergencyAccessId != null,
                e.SubjectType));
}
