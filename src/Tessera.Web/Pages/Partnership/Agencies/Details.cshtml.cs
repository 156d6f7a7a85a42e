using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Partnership.Agencies;

public sealed class AgencyDetailsModel(TesseraDbContext db, PartnershipAdministration administration, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Name { get; set; }

    public string AgencyName { get; private set; } = "";
    public AgencyType AgencyType { get; private set; }
    public IReadOnlyList<string> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var outcome = await administration.AddTeamAsync(Id, Name, StartProcess(ProcessType.TeamAdded, clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Banner"] = $"{System.Net.WebUtility.HtmlEncode(outcome.Value!.Name)} added to {System.Net.WebUtility.HtmlEncode(AgencyName)}";
        return Redirect("/partnership");
    }

    private async Task<bool> LoadAsync()
    {
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == Id).Select(a => new { a.Name, a.Type }).SingleOrDefaultAsync();
        if (agency is null)
        {
            return false;
        }

        AgencyName = agency.Name;
        AgencyType = agency.Type;
        Teams = await db.Teams.AsNoTracking().Where(t => t.AgencyId == Id).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync();
        return true;
    }
}
