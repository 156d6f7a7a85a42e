using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Modules.Reporting.Services;
using Tessera.Core.Modules.Training.Services;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Reporting;

/// <summary>
/// The printable yearly partnership report: administrators' narrative sections with the figures, as at the end of the
/// year (or today, for the year in progress). A print stylesheet leaves only the report on paper or PDF.
/// </summary>
public sealed class PartnershipReportModel(ReportNarratives narratives, TrainingCompliance compliance, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public DateOnly AsAt { get; private set; }
    public IReadOnlyList<ReportNarrative> Narratives { get; private set; } = [];
    public IReadOnlyList<(string Id, ReportTable Table, string Svg)> Training { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Year ??= today.Year;
        if (Year is < 2000 || Year > today.Year)
        {
            return NotFound();
        }

        var yearEnd = new DateOnly(Year.Value, 12, 31);
        AsAt = yearEnd < today ? yearEnd : today;
        Narratives = await narratives.ForYearAsync(Year.Value);
        var figures = await compliance.FiguresAsync(AsAt);
        Training = (await compliance.RequirementsAsync()).Select(r => r.Group).Distinct().Select(group =>
        {
            var id = $"report-chart-{(int)group}";
            var table = TrainingComplianceReport.Table(group, TrainingRules.GroupName(group), figures);
            return (id, table, SvgChart.Bar(TrainingComplianceReport.Chart(id, table)));
        }).ToList();
        return Page();
    }

    public string? Narrative(string key) => Narratives.FirstOrDefault(n => n.SectionKey == key)?.Text;
}
