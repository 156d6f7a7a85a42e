using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Practice.Contracts;
using Tessera.Core.Modules.Practice.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Practice;

public sealed class NewPracticeExampleModel(PracticeLibrary library, TimeProvider clock) : TesseraPage
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? WhatWorked { get; set; }
    [BindProperty] public List<string> Themes { get; set; } = [];
    [BindProperty] public string? Tags { get; set; }
    [BindProperty] public List<string> AgencyTypes { get; set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await library.SubmitAsync(new SubmitPracticeExampleInput
        {
            Title = Title,
            Summary = Summary,
            WhatWorked = WhatWorked,
            Themes = Themes,
            Tags = Tags,
            AgencyTypes = AgencyTypes,
        }, StartProcess(ProcessType.PracticeExampleSubmitted, clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Banner"] = "Example sent. A partnership administrator will check it before it is published.";
        return Redirect($"/practice/{outcome.Value!.Id}");
    }
}
