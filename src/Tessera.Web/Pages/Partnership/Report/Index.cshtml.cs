using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Modules.Reporting.Services;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Partnership.Report;

/// <summary>The narrative sections of a year's partnership report, for administrators to write.</summary>
public sealed class ReportSectionsModel(ReportNarratives narratives, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<ReportNarrative> Saved { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Year ??= clock.GetUtcNow().Year;
        if (Year is < 2000 or > 2100)
        {
            return NotFound();
        }

        Saved = await narratives.ForYearAsync(Year.Value);
        return Page();
    }
}
