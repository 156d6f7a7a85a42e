using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Journey;

/// <summary>The recipient, from the partnership directory: an agency, one of its teams, or a named practitioner.</summary>
public sealed class ShareRecipientModel(JourneyServices services, ShareRecipients recipients) : JourneyPage(services)
{
    public static readonly Choice[] Kinds =
    [
        new(nameof(ShareRecipientKind.Agency), "An agency", "Its safeguarding leads and front door receive it."),
        new(nameof(ShareRecipientKind.Team), "A team"),
        new(nameof(ShareRecipientKind.Practitioner), "A named practitioner"),
    ];

    [BindProperty] public string? RecipientKind { get; set; }
    [BindProperty] public Guid? RecipientAgencyId { get; set; }
    [BindProperty] public Guid? RecipientTeamId { get; set; }
    [BindProperty] public Guid? RecipientPractitionerId { get; set; }

    public IReadOnlyList<Choice> Agencies { get; private set; } = [];
    public IReadOnlyList<Choice> Teams { get; private set; } = [];
    public IReadOnlyList<Choice> Practitioners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(JourneySteps.Recipient))
        {
            return NotFound();
        }

        RecipientKind = Draft.RecipientKind?.ToString();
        RecipientAgencyId = Draft.RecipientAgencyId;
        RecipientTeamId = Draft.RecipientTeamId;
        RecipientPractitionerId = Draft.RecipientPractitionerId;
        await LoadDirectoryAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(JourneySteps.Recipient))
        {
            return NotFound();
        }

        await LoadDirectoryAsync();
        ShareRecipientKind? kind = Enum.TryParse<ShareRecipientKind>(RecipientKind, out var k) ? k : null;

        // A team or practitioner names its own agency, so only an agency has to be chosen separately.
        var agencyId = kind switch
        {
            ShareRecipientKind.Team => await Db.Teams.Where(t => t.Id == RecipientTeamId).Select(t => (Guid?)t.AgencyId).SingleOrDefaultAsync(),
            ShareRecipientKind.Practitioner => await Db.Users.Where(p => p.Id == RecipientPractitionerId).Select(p => (Guid?)p.AgencyId).SingleOrDefaultAsync(),
            _ => RecipientAgencyId,
        };
        var errors = new ValidationErrors();
        ShareValidator.Recipient(errors, kind, agencyId ?? (kind == ShareRecipientKind.Agency ? null : Guid.Empty), RecipientTeamId, RecipientPractitionerId);
        if (errors.IsValid && agencyId is null)
        {
            errors.Add(kind == ShareRecipientKind.Team ? nameof(RecipientTeamId) : nameof(RecipientPractitionerId), "Choose someone from the list");
        }
        else if (errors.IsValid && agencyId is { } agency
            && await recipients.CheckAsync(CurrentAgencyId, kind!.Value, agency, RecipientTeamId, RecipientPractitionerId, HttpContext.RequestAborted) is { } problem)
        {
            errors.Add(problem.Field, problem.Message);
        }

        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return Page();
        }

        Draft.RecipientKind = kind;
        Draft.RecipientAgencyId = agencyId;
        Draft.RecipientTeamId = kind == ShareRecipientKind.Team ? RecipientTeamId : null;
        Draft.RecipientPractitionerId = kind == ShareRecipientKind.Practitioner ? RecipientPractitionerId : null;
        return await SaveAndContinueAsync(JourneySteps.Recipient);
    }

    private async Task LoadDirectoryAsync()
    {
        var partnership = await Db.Agencies.Where(a => a.Id == CurrentAgencyId).Select(a => a.PartnershipId).SingleAsync();
        var agencies = await Db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnership && a.IsActive).OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Type }).ToListAsync();
        var ids = agencies.Select(a => a.Id).ToList();
        var names = agencies.ToDictionary(a => a.Id, a => a.Name);
        Agencies = [new Choice("", "Choose an agency"), .. agencies.Select(a => new Choice(a.Id.ToString(), $"{a.Name} ({DisplayNames.For(a.Type)})"))];
        Teams = [new Choice("", "Choose a team"), .. (await Db.Teams.AsNoTracking().Where(t => ids.Contains(t.AgencyId)).ToListAsync())
            .OrderBy(t => names[t.AgencyId]).ThenBy(t => t.Name).Select(t => new Choice(t.Id.ToString(), $"{t.Name}, {names[t.AgencyId]}"))];
        var childRoles = (int)(PractitionerRoles.Practitioner | PractitionerRoles.TrustedPractitioner | PractitionerRoles.DesignatedSafeguardingLead
            | PractitionerRoles.MashScreener | PractitionerRoles.MashManager);
        Practitioners = [new Choice("", "Choose a practitioner"), .. (await Db.Users.AsNoTracking()
                .Where(p => ids.Contains(p.AgencyId) && !p.IsDisabled && ((int)p.Roles & childRoles) != 0)
                .Select(p => new { p.Id, p.DisplayName, p.JobTitle, p.AgencyId }).ToListAsync())
            .OrderBy(p => p.DisplayName).Select(p => new Choice(p.Id.ToString(), $"{p.DisplayName}{(p.JobTitle is null ? "" : ", " + p.JobTitle)}, {names[p.AgencyId]}"))];
    }
}
