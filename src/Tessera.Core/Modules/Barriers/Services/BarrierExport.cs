using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Barriers.Events;
using Tessera.Core.Modules.Barriers.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Barriers.Services;

/// <summary>
/// Counts of barrier reports for central government: month, barrier type, reporting agency type and a count. No
/// description, response, person or agency name ever leaves: the query reads only those three columns.
/// </summary>
public sealed class BarrierExport(TesseraDbContext db)
{
    public const string Header = "month,barrier_type,agency_type,reports";

    public sealed record Row(string Month, BarrierType Type, AgencyType AgencyType, int Reports);

    public async Task<IReadOnlyList<Row>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var reports = await db.BarrierReports.AsNoTracking()
            .Select(r => new { r.ReportedAt, r.Type, r.ReportedByAgencyType })
            .ToListAsync(cancellationToken);
        return reports
            .GroupBy(r => (Month: r.ReportedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture), r.Type, r.ReportedByAgencyType))
            .Select(g => new Row(g.Key.Month, g.Key.Type, g.Key.ReportedByAgencyType, g.Count()))
            .OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.Type).ThenBy(r => r.AgencyType)
            .ToList();
    }

    /// <summary>The CSV, recorded as an export process (counts only) so the partnership knows when figures left.</summary>
    public async Task<string> CsvAsync(ProcessContext process, CancellationToken cancellationToken = default)
    {
        var rows = await CountsAsync(cancellationToken);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row.Month},{BarrierNames.Code(row.Type)},{AgencyCode(row.AgencyType)},{row.Reports}\r\n");
        }

        process.Publish(new BarrierCountsExported(process.Process.Id, rows.Count));
        await process.CompleteAsync(db, cancellationToken);
        return csv.ToString();
    }

    /// <summary>Agency types in kebab case, e.g. "childrens-social-care".</summary>
    public static string AgencyCode(AgencyType type) =>
        string.Concat(type.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
