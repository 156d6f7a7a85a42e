using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Core.Modules.Practice.Services;
using Tessera.Core.Processes;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Practice;

/// <summary>One example. Published ones are for everyone; before that only the person who sent it and administrators see it.</summary>
public sealed class PracticeDetailsModel(TesseraDbContext db, PracticeLibrary library, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public PracticeExample Example { get; private set; } = null!;
    public bool MarkedHelpful { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostHelpfulAsync()
    {
        if (!await LoadAsync() || Example.Status != PracticeExampleStatus.Published)
        {
            return NotFound();
        }

        var marked = await library.MarkHelpfulAsync(Id, StartProcess(ProcessType.PracticeExampleMarkedHelpful, clock));
        TempData["Banner"] = marked ? "Thank you. You marked this example as helpful." : "You have already marked this example as helpful.";
        return Redirect($"/practice/{Id}");
    }

    private async Task<bool> LoadAsync()
    {
        var example = await db.PracticeExamples.AsNoTracking().SingleOrDefaultAsync(e => e.Id == Id);
        if (example is null || (example.Status != PracticeExampleStatus.Published && example.SubmittedById != CurrentPractitionerId
            && !User.HasRole(PractitionerRoles.PartnershipAdministrator)))
        {
            return false;
        }

        Example = example;
        MarkedHelpful = await db.HelpfulMarks.AnyAsync(m => m.PracticeExampleId == Id && m.PractitionerId == CurrentPractitionerId);
        return true;
    }
}
