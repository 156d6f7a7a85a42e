using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Partnership.Agencies;

public sealed class NewAgencyModel(PartnershipAdministration administration, TimeProvider clock) : TesseraPage
{
    public static readonly Choice[] TypeChoices = Enum.GetValues<AgencyType>().Select(t => new Choice(t.ToString(), DisplayNames.For(t))).ToArray();

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Type { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        AgencyType? type = Enum.TryParse<AgencyType>(Type, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var outcome = await administration.AddAgencyAsync(Name, type, StartProcess(ProcessType.AgencyAdded, clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Banner"] = $"{System.Net.WebUtility.HtmlEncode(outcome.Value!.Name)} added";
        return Redirect("/partnership");
    }
}
