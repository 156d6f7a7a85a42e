using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Partnership.Practitioners;

public sealed class PractitionerDetailsModel(TesseraDbContext db, PartnershipAdministration administration, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];

    /// <summary>The practitioner's concurrency stamp when the page was drawn, so a save over someone else's change is refused.</summary>
    [BindProperty] public string? Stamp { get; set; }

    public Practitioner Practitioner { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Roles = RoleChoices.From(Practitioner.Roles);
        Stamp = Practitioner.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var outcome = await administration.ChangeRolesAsync(Id, RoleChoices.Parse(Roles), StartProcess(ProcessType.PractitionerRolesChanged, clock), Stamp ?? "");
        return await FinishAsync(outcome.Errors, "Roles saved");
    }

    public async Task<IActionResult> OnPostDisableAsync(bool disable)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var outcome = await administration.SetDisabledAsync(Id, disable, StartProcess(disable ? ProcessType.PractitionerDisabled : ProcessType.PractitionerEnabled, clock), Stamp ?? "");
        Roles = RoleChoices.From(Practitioner.Roles);
        return await FinishAsync(outcome.Errors, disable ? "Account disabled. They are signed out within a minute." : "Account enabled");
    }

    private async Task<IActionResult> FinishAsync(ValidationErrors errors, string banner)
    {
        if (!errors.IsValid)
        {
            // Show the practitioner as they are now (with the current stamp), keeping the choices that were sent.
            await LoadAsync();
            Stamp = Practitioner.ConcurrencyStamp;
            ShowErrors(errors);
            return Page();
        }

        TempData["Banner"] = $"{System.Net.WebUtility.HtmlEncode(Practitioner.DisplayName)}: {banner}";
        return Redirect("/partnership");
    }

    private async Task<bool> LoadAsync()
    {
        var practitioner = await db.Users.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id);
        if (practitioner is null)
        {
            return false;
        }

        Practitioner = practitioner;
        AgencyName = await db.Agencies.Where(a => a.Id == practitioner.AgencyId).Select(a => a.Name).SingleAsync();
        return true;
    }
}
