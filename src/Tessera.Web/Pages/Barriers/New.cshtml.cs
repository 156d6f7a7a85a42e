using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Barriers.Contracts;
using Tessera.Core.Modules.Barriers.Models;
using Tessera.Core.Modules.Barriers.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Barriers;

public sealed class NewBarrierModel(BarrierReporting reporting, TimeProvider clock) : TesseraPage
{
    public static readonly Choice[] Types = Enum.GetValues<BarrierType>().Select(t => new Choice(t.ToString(), BarrierNames.For(t))).ToArray();

    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public List<string> AgencyTypes { get; set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await reporting.ReportAsync(new ReportBarrierInput { Type = Type, Description = Description, AgencyTypes = AgencyTypes },
            StartProcess(ProcessType.BarrierReported, clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Banner"] = "Barrier reported. You will get a message in your inbox when the partnership responds.";
        return Redirect($"/barriers/{outcome.Value!.Id}");
    }
}
