using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Training;

/// <summary>Records a completed course: your own, or (for a DSL or administrator) someone else's given by ?practitionerId.</summary>
public sealed class RecordTrainingModel(TesseraDbContext db, TrainingRecords records, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid? PractitionerId { get; set; }
    [BindProperty] public string? CourseId { get; set; }
    [BindProperty] public DateParts CompletedOn { get; set; } = new();
    [BindProperty] public string? Evidence { get; set; }

    public string? ForName { get; private set; }
    public IReadOnlyList<Choice> Courses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var on = CompletedOn.Parse(errors, "CompletedOn", "The date the course was completed", required: true);
        var outcome = await records.RecordCompletionAsync(
            new RecordCompletionInput(Target, Guid.TryParse(CourseId, out var course) ? course : null, on, Evidence),
            StartProcess(ProcessType.TrainingCompletionRecorded, clock));
        if (errors.IsValid && outcome.Succeeded)
        {
            TempData["Banner"] = "Training recorded";
            return Redirect(Target == CurrentPractitionerId ? "/training" : "/training/agency");
        }

        foreach (var (field, message) in outcome.Errors.All.Where(e => !errors.Has(e.Key)))
        {
            errors.Add(field, message);
        }

        ShowErrors(errors);
        return Page();
    }

    private Guid Target => PractitionerId ?? CurrentPractitionerId;

    private async Task<bool> LoadAsync()
    {
        if (!await records.MayRecordForAsync(User.Actor(), Target))
        {
            return false;
        }

        ForName = Target == CurrentPractitionerId ? null : await db.Users.Where(p => p.Id == Target).Select(p => p.DisplayName).SingleAsync();
        Courses = (await db.TrainingCourses.AsNoTracking().OrderBy(c => c.Title).Select(c => new { c.Id, c.Title, c.Kind }).ToListAsync())
            .Select(c => new Choice(c.Id.ToString(), c.Title, TrainingRules.KindName(c.Kind))).ToList();
        return true;
    }
}
