using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Modules.Reporting.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Partnership.Report;

public sealed class ReportSectionModel(ReportNarratives narratives, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public Guid Version { get; set; }

    public ReportSection Section { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Find())
        {
            return NotFound();
        }

        var saved = (await narratives.ForYearAsync(Year!.Value)).FirstOrDefault(n => n.SectionKey == Key);
        Text = saved?.Text;
        Version = saved?.Version ?? Guid.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Find())
        {
            return NotFound();
        }

        var outcome = await narratives.SaveAsync(Year!.Value, Key, Text, Version, StartProcess(ProcessType.ReportNarrativeSaved, clock));
        if (outcome.Succeeded)
        {
            TempData["Banner"] = $"{Section.Heading} saved";
            return Redirect($"/partnership/report?year={Year}");
        }

        // Keep what was typed; take the saved version so saving again after a clash works.
        Version = (await narratives.ForYearAsync(Year!.Value)).FirstOrDefault(n => n.SectionKey == Key)?.Version ?? Guid.Empty;
        ShowErrors(outcome.Errors);
        return Page();
    }

    private bool Find()
    {
        Year ??= clock.GetUtcNow().Year;
        Section = PartnershipReportSections.All.FirstOrDefault(s => s.Key == Key)!;
        return Section is not null && Year is >= 2000 and <= 2100;
    }
}
