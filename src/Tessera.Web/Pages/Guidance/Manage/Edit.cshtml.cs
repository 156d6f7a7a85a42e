using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Guidance.Contracts;
using Tessera.Core.Modules.Guidance.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Guidance.Manage;

/// <summary>Change one section (or add one) and publish the result as a new version. Refused text is shown again, never lost.</summary>
public sealed class EditGuidanceModel(GuidanceService guidance, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty] public string? SectionTitle { get; set; }
    [BindProperty] public string? Markdown { get; set; }
    [BindProperty] public string? ChangeSummary { get; set; }
    [BindProperty] public int? BasedOnNumber { get; set; }

    public bool IsNew { get; private set; }

    public async Task OnGetAsync()
    {
        var current = await guidance.CurrentAsync();
        BasedOnNumber = current?.Number;
        var section = current?.Sections.FirstOrDefault(s => s.Key == Key);
        IsNew = section is null;
        SectionTitle = section?.Title;
        Markdown = section?.Markdown;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new PublishGuidanceInput { Key = Key, Title = SectionTitle, Markdown = Markdown, ChangeSummary = ChangeSummary, BasedOnNumber = BasedOnNumber };
        var outcome = await guidance.PublishAsync(input, StartProcess(ProcessType.GuidancePublished, clock));
        if (!outcome.Succeeded)
        {
            IsNew = (await guidance.CurrentAsync())?.Sections.All(s => s.Key != Key) ?? true;
            ShowErrors(outcome.Errors.Renamed(nameof(PublishGuidanceInput.Title), nameof(SectionTitle)));
            return Page();
        }

        TempData["Banner"] = $"Version {outcome.Value!.Number} published. Every practitioner has been asked to read it.";
        return Redirect("/guidance/manage");
    }
}
