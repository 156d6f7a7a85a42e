using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Barriers.Models;
using Tessera.Core.Modules.Barriers.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Barriers.Triage;

/// <summary>For strategic leads and partnership administrators: every report, those needing a response first; the export.</summary>
public sealed class TriageModel(TesseraDbContext db, BarrierExport export, TimeProvider clock) : TesseraPage
{
    public IReadOnlyList<BarrierReport> Reports { get; private set; } = [];

    public async Task OnGetAsync() =>
        Reports = await db.BarrierReports.AsNoTracking()
            .OrderBy(r => r.Status == BarrierStatus.Responded).ThenByDescending(r => r.ReportedAt).Take(500).ToListAsync();

    /// <summary>Counts only (month, barrier type, agency type): nothing that identifies a person, agency or case.</summary>
    public async Task<IActionResult> OnPostExportAsync()
    {
        var csv = await export.CsvAsync(StartProcess(ProcessType.BarrierCountsExported, clock));
        var today = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", $"information-sharing-barriers-{today}.csv");
    }
}
