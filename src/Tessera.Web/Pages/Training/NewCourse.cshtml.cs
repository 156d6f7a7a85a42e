using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Training;

public sealed class NewCourseModel(TrainingRecords records, TimeProvider clock) : TesseraPage
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Provider { get; set; }
    [BindProperty] public string? LengthMinutes { get; set; }
    [BindProperty] public string? Covers { get; set; }

    public static IReadOnlyList<Choice> Kinds { get; } =
        Enum.GetValues<CourseKind>().Select(k => new Choice(k.ToString(), TrainingRules.KindName(k))).ToList();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CourseKind? kind = Enum.TryParse<CourseKind>(Kind, out var k) && Enum.IsDefined(k) ? k : null;
        int? minutes = int.TryParse(LengthMinutes?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null;
        var outcome = await records.AddCourseAsync(new CourseInput(Code, Title, kind, Provider, minutes, Covers), StartProcess(ProcessType.TrainingCourseAdded, clock));
        if (outcome.Succeeded)
        {
            TempData["Banner"] = $"Course added: {outcome.Value!.Title}";
            return Redirect("/training/courses");
        }

        ShowErrors(outcome.Errors);
        return Page();
    }
}
