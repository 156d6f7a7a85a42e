using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Training;

public sealed class NewEventModel(TesseraDbContext db, Tessera.Core.Modules.Training.Services.TrainingEventBookings bookings, TimeProvider clock) : TesseraPage
{
    [BindProperty] public string? CourseId { get; set; }
    [BindProperty] public DateParts HeldOn { get; set; } = new();
    [BindProperty] public string? Venue { get; set; }
    [BindProperty] public string? Places { get; set; }

    public IReadOnlyList<Choice> Courses { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new ValidationErrors();
        var heldOn = HeldOn.Parse(errors, "HeldOn", "The date of the event", required: true);
        int? places = int.TryParse(Places?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        var outcome = await bookings.ScheduleAsync(new TrainingEventInput(Guid.TryParse(CourseId, out var c) ? c : null, heldOn, Venue, places),
            StartProcess(ProcessType.TrainingEventScheduled, clock));
        if (errors.IsValid && outcome.Succeeded)
        {
            TempData["Banner"] = "Event added";
            return Redirect("/training/events");
        }

        // A date that could not be read has its own message already; keep it rather than the service's "enter the date".
        foreach (var (field, message) in outcome.Errors.All.Where(e => !errors.Has(e.Key)))
        {
            errors.Add(field, message);
        }

        ShowErrors(errors);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Courses = await db.TrainingCourses.AsNoTracking().OrderBy(c => c.Title).Select(c => new Choice(c.Id.ToString(), c.Title, null)).ToListAsync();
}
