using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Modules.Reporting.Services;
using Tessera.Core.Modules.Training.Services;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Reporting;

/// <summary>
/// Training compliance for strategic leads: aggregates only, small numbers suppressed, a chart with its table for
/// each priority group, filtered by the date figures are taken at and by agency, with CSV and XLSX copies.
/// </summary>
public sealed class TrainingReportModel(TesseraDbContext db, TrainingCompliance compliance, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? AgencyId { get; set; }

    public IReadOnlyList<(string Id, ReportTable Table, string Svg)> Sections { get; private set; } = [];
    public IReadOnlyList<Choice> Periods { get; private set; } = [];
    public IReadOnlyList<Choice> Agencies { get; private set; } = [];
    public DateOnly AsAt { get; private set; }
    public string QueryString { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync() =>
        await LoadAsync() ? File(ReportExport.Csv(Combined()), ReportExport.CsvContentType, FileName("csv")) : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync() =>
        await LoadAsync() ? File(ReportExport.Xlsx(Combined()), ReportExport.XlsxContentType, FileName("xlsx")) : NotFound();

    private ReportTable Combined() =>
        TrainingComplianceReport.Combined(Sections.Select(s => (s.Table.Caption.Split(':')[0], s.Table)), $"Training up to date as at {AsAt:yyyy-MM-dd}");

    private string FileName(string extension) => $"training-compliance-{AsAt:yyyy-MM-dd}.{extension}";

    private async Task<bool> LoadAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var periods = ReportPeriods.AsAtChoices(today);
        Periods = periods.Select(p => new Choice(p.Key, p.Text)).ToList();
        var period = periods.FirstOrDefault(p => p.Key == Period) ?? periods[0];
        Period = period.Key;
        AsAt = period.AsAt;

        Guid? agencyId = null;
        if (!string.IsNullOrEmpty(AgencyId))
        {
            if (!Guid.TryParse(AgencyId, out var id) || !await db.Agencies.AnyAsync(a => a.Id == id))
            {
                return false;
            }

            agencyId = id;
        }

        Agencies = new[] { new Choice("", "All agencies") }
            .Concat(await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new Choice(a.Id.ToString(), a.Name, null)).ToListAsync())
            .ToList();
        var figures = await compliance.FiguresAsync(AsAt, agencyId);
        var groups = (await compliance.RequirementsAsync()).Select(r => r.Group).Distinct().ToList();
        Sections = groups.Select(group =>
        {
            var id = $"chart-{(int)group}";
            var table = TrainingComplianceReport.Table(group, TrainingRules.GroupName(group), figures);
            return (id, table, SvgChart.Bar(TrainingComplianceReport.Chart(id, table)));
        }).ToList();
        QueryString = $"period={Uri.EscapeDataString(Period)}&agencyId={Uri.EscapeDataString(AgencyId ?? "")}";
        return true;
    }
}
