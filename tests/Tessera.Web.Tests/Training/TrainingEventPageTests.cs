using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Training;

public sealed class TrainingEventPageTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_administrator_adds_an_event_people_book_or_wait_and_attendance_records_the_course(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var agency = await app.AgencyAsync();
        var admin = await app.PersonAsync(agency.Id, 5, roles: PractitionerRoles.PartnershipAdministrator);
        var first = await app.PersonAsync(agency.Id, 5);
        var second = await app.PersonAsync(agency.Id, 5);
        var venue = Seed.Unique("Room ");
        using var adminBrowser = app.CreateBrowser();
        await adminBrowser.SignInAsync(admin);

        Expect.Errors(await adminBrowser.FillInAsync("/training/events/new", null, ("Places", "none")), "#CourseId", "#HeldOn-day", "#Venue", "#Places");
        var today = app.Today();
        Expect.RedirectTo("/training/events", await adminBrowser.FillInAsync("/training/events/new", null,
            ("CourseId", TrainingDefaults.MultiAgencyId.ToString()),
            ("HeldOn.Day", today.Day.ToString()), ("HeldOn.Month", today.Month.ToString()), ("HeldOn.Year", today.Year.ToString()),
            ("Venue", venue), ("Places", "1")));
        Guid eventId;
        await using (var db = app.CreateDbContext())
        {
            eventId = await db.TrainingEvents.Where(e => e.Venue == venue).Select(e => e.Id).SingleAsync();
        }

        using var firstBrowser = app.CreateBrowser();
        await firstBrowser.SignInAsync(first);
        Expect.RedirectTo("/training/events", await firstBrowser.SubmitAsync(await firstBrowser.OpenAsync("/training/events"), $"Book&eventId={eventId}"));
        Assert.Contains("Place booked", (await firstBrowser.OpenAsync("/training/events")).Text, StringComparison.Ordinal);

        using var secondBrowser = app.CreateBrowser();
        await secondBrowser.SignInAsync(second);
        var events = await secondBrowser.OpenAsync("/training/events");
        Assert.Contains("Join the waiting list", events.Form($"Book&eventId={eventId}").TextContent, StringComparison.Ordinal);
        Expect.RedirectTo("/training/events", await secondBrowser.SubmitAsync(events, $"Book&eventId={eventId}"));
        Assert.Contains("You are on the waiting list", (await secondBrowser.OpenAsync("/training/events")).Text, StringComparison.Ordinal);

        var attendance = await adminBrowser.OpenAsync($"/training/events/{eventId}");
        Assert.Contains("1 of 1 places taken. 1 waiting.", attendance.Text, StringComparison.Ordinal);
        Guid firstBooking;
        await using (var db = app.CreateDbContext())
        {
            firstBooking = await db.TrainingBookings.Where(b => b.EventId == eventId && b.PractitionerId == first.Id).Select(b => b.Id).SingleAsync();
        }

        Expect.RedirectTo($"/training/events/{eventId}", await adminBrowser.SubmitAsync(attendance, $"Attended&bookingId={firstBooking}"));
        Assert.Contains("Attended", (await adminBrowser.OpenAsync($"/training/events/{eventId}")).Text, StringComparison.Ordinal);

        var mine = await firstBrowser.OpenAsync("/training");
        Assert.Contains("Multi-agency working at the front door", mine.Text, StringComparison.Ordinal);
        Assert.Contains($"Attended the event at {venue}", mine.Text, StringComparison.Ordinal);

        // Someone else's booking cannot be cancelled by guessing its id.
        await Expect.NotFoundAsync(secondBrowser, await secondBrowser.SubmitAsync(await secondBrowser.OpenAsync("/training/events"), $"Cancel&bookingId", ("bookingId", firstBooking.ToString())));
    }
}
