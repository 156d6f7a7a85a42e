using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Modules.Retention.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Privacy.Retention;

public sealed class ChangeScheduleModel(TesseraDbContext db, RetentionScheduleService schedules, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty] public string? KeepUntilAge { get; set; }
    [BindProperty] public Guid Version { get; set; }

    public RetentionSchedule Schedule { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        KeepUntilAge = Schedule.KeepUntilAge.ToString(CultureInfo.InvariantCulture);
        Version = Schedule.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var typed = KeepUntilAge?.Trim();
        if (!string.IsNullOrEmpty(typed) && !int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            var errors = new ValidationErrors();
            errors.Add(RetentionScheduleService.Field, $"Enter the age as a whole number from {RetentionRules.MinimumAge} to {RetentionRules.MaximumAge}");
            ShowErrors(errors);
            return Page();
        }

        int? age = string.IsNullOrEmpty(typed) ? null : int.Parse(typed, CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var outcome = await schedules.ChangeAsync(Code, age, Version, today, StartProcess(ProcessType.RetentionScheduleChanged, clock));
        if (outcome.Succeeded)
        {
            TempData["Banner"] = $"{Schedule.Name}: now kept until age {age}";
            return Redirect("/privacy/retention");
        }

        // Keep what was typed; after a clash, show the saved period and take the new version so saving again works.
        await LoadAsync();
        Version = Schedule.Version;
        ShowErrors(outcome.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var schedule = await db.RetentionSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Code == Code);
        Schedule = schedule!;
        return schedule is not null;
    }
}
