using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Api.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Partnership;

public sealed class ApiKeysModel(TesseraDbContext db, ApiKeyService keys, TimeProvider clock) : TesseraPage
{
    public sealed record KeyRow(string Name, string Agency, string Prefix, bool Revoked);

    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Guid? ActsAsId { get; set; }

    public string? NewSecret { get; private set; }
    public IReadOnlyList<Choice> AgencyChoices { get; private set; } = [];
    public IReadOnlyList<Choice> PractitionerChoices { get; private set; } = [];
    public IReadOnlyList<KeyRow> Keys { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new ValidationErrors();
        if (AgencyId is null || !await db.Agencies.AnyAsync(a => a.Id == AgencyId))
        {
            errors.Add(nameof(AgencyId), "Select the agency whose system will use the key");
        }

        errors.Required(nameof(Name), Name, "Enter the name of the system");
        errors.MaxLength(nameof(Name), Name, 200, "The name");
        if (ActsAsId is null || !await db.Users.AnyAsync(u => u.Id == ActsAsId && u.AgencyId == AgencyId && !u.IsDisabled))
        {
            errors.Add(nameof(ActsAsId), "Select an active practitioner from the same agency");
        }

        if (errors.IsValid)
        {
            var issued = await keys.IssueAsync(AgencyId!.Value, Name!.Trim(), ActsAsId!.Value, StartProcess(ProcessType.ApiKeyIssued, clock));
            NewSecret = issued.Secret;
            Name = null;
        }
        else
        {
            ShowErrors(errors);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        AgencyChoices = (await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync())
            .Select(a => new Choice(a.Id.ToString(), a.Name)).Prepend(new Choice("", "Choose an agency")).ToList();
        PractitionerChoices = (await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.Agency!.Name).ThenBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName, Agency = u.Agency!.Name }).ToListAsync())
            .Select(u => new Choice(u.Id.ToString(), $"{u.DisplayName} ({u.Agency})")).Prepend(new Choice("", "Choose a practitioner")).ToList();
        Keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt)
            .Join(db.Agencies, k => k.AgencyId, a => a.Id, (k, a) => new KeyRow(k.Name, a.Name, k.Prefix, k.RevokedAt != null))
            .ToListAsync();
    }
}
