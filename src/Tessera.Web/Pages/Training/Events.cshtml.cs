using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Training;

/// <summary>Upcoming events: book a place (or join the waiting list) and cancel your own booking.</summary>
public sealed class EventsModel(TesseraDbContext db, TrainingEventBookings bookings, TimeProvider clock) : TesseraPage
{
    public sealed record EventRow(Guid Id, string Course, CourseKind Kind, DateOnly HeldOn, string Venue, int Places, int Taken, int Waiting, Guid? MyBookingId, BookingStatus? MyStatus);

    public IReadOnlyList<EventRow> Upcoming { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Course, DateOnly HeldOn)> ForAttendance { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostBookAsync(Guid eventId)
    {
        if (!await db.TrainingEvents.AnyAsync(e => e.Id == eventId))
        {
            return NotFound();
        }

        var outcome = await bookings.BookAsync(eventId, StartProcess(ProcessType.TrainingPlaceBooked, clock));
        return await AfterAsync(outcome.Succeeded, outcome.Errors,
            outcome.Value?.Status == BookingStatus.Waiting ? "The event is full. You are on the waiting list and will be told in your inbox if a place comes up." : "Place booked");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid bookingId)
    {
        if (!await db.TrainingBookings.AnyAsync(b => b.Id == bookingId && b.PractitionerId == CurrentPractitionerId && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.Waiting)))
        {
            return NotFound();
        }

        var outcome = await bookings.CancelAsync(bookingId, StartProcess(ProcessType.TrainingBookingCancelled, clock));
        return await AfterAsync(outcome.Succeeded, outcome.Errors, "Booking cancelled");
    }

    private async Task<IActionResult> AfterAsync(bool succeeded, ValidationErrors errors, string banner)
    {
        if (succeeded)
        {
            TempData["Banner"] = banner;
            return Redirect("/training/events");
        }

        ShowErrors(errors);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var me = CurrentPractitionerId;
        var events = await db.TrainingEvents.AsNoTracking().Include(e => e.Bookings).Where(e => e.HeldOn >= today).OrderBy(e => e.HeldOn).Take(100).ToListAsync();
        var courses = await db.TrainingCourses.AsNoTracking().ToDictionaryAsync(c => c.Id);
        Upcoming = events.Select(e =>
        {
            var mine = e.Bookings.FirstOrDefault(b => b.PractitionerId == me && b.Status is BookingStatus.Booked or BookingStatus.Waiting);
            return new EventRow(e.Id, courses[e.CourseId].Title, courses[e.CourseId].Kind, e.HeldOn, e.Venue, e.Places,
                e.Bookings.Count(b => b.Status is BookingStatus.Booked or BookingStatus.Attended), e.Bookings.Count(b => b.Status == BookingStatus.Waiting), mine?.Id, mine?.Status);
        }).ToList();
        ForAttendance = (await db.TrainingEvents.AsNoTracking().Where(e => e.HeldOn >= today.AddDays(-90)).OrderBy(e => e.HeldOn).Take(200)
            .Select(e => new { e.Id, e.CourseId, e.HeldOn }).ToListAsync())
            .Select(e => (e.Id, courses[e.CourseId].Title, e.HeldOn)).ToList();
    }
}
