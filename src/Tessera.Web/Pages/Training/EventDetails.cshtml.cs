using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Training;

/// <summary>An event's bookings and waiting list; an administrator marks who attended, which records their completion.</summary>
public sealed class EventDetailsModel(TesseraDbContext db, TrainingEventBookings bookings, TimeProvider clock) : TesseraPage
{
    public sealed record BookingRow(Guid Id, string Name, string Agency, BookingStatus Status, DateTimeOffset BookedAt);

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public TrainingEvent Event { get; private set; } = null!;
    public string Course { get; private set; } = "";
    public IReadOnlyList<BookingRow> Bookings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttendedAsync(Guid bookingId)
    {
        if (!await LoadAsync() || Bookings.All(b => b.Id != bookingId))
        {
            return NotFound();
        }

        var outcome = await bookings.MarkAttendedAsync(bookingId, StartProcess(ProcessType.TrainingAttendanceMarked, clock));
        if (outcome.Succeeded)
        {
            TempData["Banner"] = "Attendance recorded, and the course marked as completed";
            return Redirect($"/training/events/{Id}");
        }

        ShowErrors(outcome.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var found = await db.TrainingEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == Id);
        if (found is null)
        {
            return false;
        }

        Event = found;
        Course = await db.TrainingCourses.Where(c => c.Id == found.CourseId).Select(c => c.Title).SingleAsync();
        Bookings = await (from b in db.TrainingBookings.AsNoTracking()
                          join p in db.Users on b.PractitionerId equals p.Id
                          join a in db.Agencies on p.AgencyId equals a.Id
                          where b.EventId == Id && b.Status != BookingStatus.Cancelled
                          orderby b.Status, b.BookedAt
                          select new BookingRow(b.Id, p.DisplayName, a.Name, b.Status, b.BookedAt)).ToListAsync();
        return true;
    }
}
