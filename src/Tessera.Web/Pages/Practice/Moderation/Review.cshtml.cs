using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Core.Modules.Practice.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Practice.Moderation;

/// <summary>Publish an example, or say why it is not being published (the person who sent it sees the reason).</summary>
public sealed class ReviewExampleModel(TesseraDbContext db, PracticeLibrary library, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public string? RejectionReason { get; set; }

    public PracticeExample Example { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Version = Example.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Example.Status != PracticeExampleStatus.AwaitingModeration)
        {
            return Decided();
        }

        var outcome = await library.PublishAsync(Id, Version, StartProcess(ProcessType.PracticeExampleModerated, clock));
        return Done(outcome.Succeeded, outcome.Errors, "Example published. Practitioners can now find it in the library.");
    }

    public async Task<IActionResult> OnPostRejectAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Example.Status != PracticeExampleStatus.AwaitingModeration)
        {
            return Decided();
        }

        var outcome = await library.RejectAsync(Id, Version, RejectionReason, StartProcess(ProcessType.PracticeExampleModerated, clock));
        return Done(outcome.Succeeded, outcome.Errors, "Example not published. The person who sent it can see your reason.");
    }

    private IActionResult Done(bool succeeded, Tessera.Core.Validation.ValidationErrors errors, string banner)
    {
        if (!succeeded)
        {
            ShowErrors(errors);
            return Page();
        }

        TempData["Banner"] = banner;
        return Redirect("/practice/moderation");
    }

    private IActionResult Decided()
    {
        var errors = new Tessera.Core.Validation.ValidationErrors();
        errors.Add("Decision", PracticeLibrary.StaleMessage);
        ShowErrors(errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var example = await db.PracticeExamples.AsNoTracking().SingleOrDefaultAsync(e => e.Id == Id);
        if (example is null)
        {
            return false;
        }

        Example = example;
        return true;
    }
}
