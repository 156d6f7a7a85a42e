using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Contracts;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Partnership.Practitioners;

public sealed class InviteModel(TesseraDbContext db, PartnershipAdministration administration, TimeProvider clock) : TesseraPage
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public Guid? TeamId { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];

    public IReadOnlyList<Choice> AgencyChoices { get; private set; } = [];
    public IReadOnlyList<Choice> TeamChoices { get; private set; } = [];
    public string? InvitationLink { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new InvitationInput(AgencyId ?? Guid.Empty, TeamId, Email, DisplayName, RoleChoices.Parse(Roles));
        var outcome = await administration.InviteAsync(input, StartProcess(ProcessType.PractitionerInvited, clock));
        await LoadAsync();
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        InvitationLink = $"{Request.Scheme}://{Request.Host}/account/invitation/{outcome.Value!.Token}";
        return Page();
    }

    private async Task LoadAsync()
    {
        AgencyChoices = (await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync())
            .Select(a => new Choice(a.Id.ToString(), a.Name))
            .Prepend(new Choice("", "Choose an agency"))
            .ToList();
        TeamChoices = (await db.Teams.AsNoTracking()
                .Join(db.Agencies, t => t.AgencyId, a => a.Id, (t, a) => new { t.Id, Team = t.Name, Agency = a.Name })
                .OrderBy(t => t.Agency).ThenBy(t => t.Team).ToListAsync())
            .Select(t => new Choice(t.Id.ToString(), $"{t.Agency}: {t.Team}"))
            .Prepend(new Choice("", "No team"))
            .ToList();
    }
}
