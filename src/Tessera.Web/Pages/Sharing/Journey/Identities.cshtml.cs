using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Modules.Access.Models;

namespace Tessera.Web.Pages.Sharing.Journey;

/// <summary>Shows what will be withheld because it is shielded. Only reached when the record has shields.</summary>
public sealed class ShareIdentitiesModel(JourneyServices services) : JourneyPage(services)
{
    public IReadOnlyList<string> Withheld { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(JourneySteps.Identities))
        {
            return NotFound();
        }

        Withheld = (await Db.Shields.AsNoTracking().Where(s => s.ChildRecordId == Draft.ChildRecordId && s.UnshieldedAt == null)
            .Select(s => s.Target).ToListAsync()).Select(Describe).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync() =>
        await LoadAsync(JourneySteps.Identities) ? await SaveAndContinueAsync(JourneySteps.Identities) : NotFound();

    private static string Describe(ShieldTarget target) => target switch
    {
        ShieldTarget.ChildAddress => "The child's address",
        ShieldTarget.Alias => "A name the child is also known by",
        ShieldTarget.RelatedAdult => "An adult connected to the child",
        _ => "A concern",
    };
}
