using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Training;

public class TrainingEventTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_full_event_puts_people_on_the_waiting_list_a_cancellation_promotes_them_and_attendance_records_a_completion(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var p = await TestPartnership.CreateAsync(settings, _clock);
        var eventDay = new DateOnly(2026, 12, 3);

        Guid eventId;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var scheduled = await Bookings(db).ScheduleAsync(new TrainingEventInput(TrainingDefaults.MultiAgencyId, eventDay, "Testshire Civic Centre", 2), Start(p.Administrator));
            Assert.True(scheduled.Succeeded);
            eventId = scheduled.Value!.Id;
        }

        var statuses = new List<BookingStatus>();
        var bookingIds = new Dictionary<Guid, Guid>();
        foreach (var who in new[] { p.Teacher, p.PoliceOfficer, p.Clinician })
        {
            await using var db = DatabaseRegistration.CreateContext(settings);
            var booked = await Bookings(db).BookAsync(eventId, Start(who));
            Assert.True(booked.Succeeded);
            statuses.Add(booked.Value!.Status);
            bookingIds[who.Id] = booked.Value.Id;
        }

        Assert.Equal([BookingStatus.Booked, BookingStatus.Booked, BookingStatus.Waiting], statuses);
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var twice = await Bookings(db).BookAsync(eventId, Start(p.Teacher));
            Assert.Equal("You are already booked on this event", twice.Errors.For("Book"));
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            Assert.True((await Bookings(db).CancelAsync(bookingIds[p.PoliceOfficer.Id], Start(p.PoliceOfficer))).Succeeded);
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            Assert.Equal(BookingStatus.Booked, (await db.TrainingBookings.SingleAsync(b => b.Id == bookingIds[p.Clinician.Id])).Status);
            var alert = await db.InboxItems.SingleAsync(i => i.RecipientId == p.Clinician.Id && i.Kind == InboxItemKind.TrainingPlaceOffered);
            Assert.Equal("A place has come up for you on a training event on 3 December 2026", alert.Subject);

            // Attendance cannot be marked before the day.
            var early = await Bookings(db).MarkAttendedAsync(bookingIds[p.Teacher.Id], Start(p.Administrator));
            Assert.False(early.Succeeded);
        }

        _clock.Advance(TimeSpan.FromDays(9));
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            Assert.True((await Bookings(db).MarkAttendedAsync(bookingIds[p.Teacher.Id], Start(p.Administrator))).Succeeded);
        }

        await using (var check = DatabaseRegistration.CreateContext(settings))
        {
            var completion = await check.TrainingCompletions.SingleAsync(c => c.PractitionerId == p.Teacher.Id);
            Assert.Equal((TrainingDefaults.MultiAgencyId, eventDay, CompletionSource.Attended), (completion.CourseId, completion.CompletedOn, completion.Source));
            Assert.Equal("Attended the event at Testshire Civic Centre on 3 December 2026", completion.Evidence);
            await Assert.ThrowsAsync<Validation.NotPermittedException>(() => Bookings(check).MarkAttendedAsync(bookingIds[p.Clinician.Id], Start(p.Teacher)));
        }
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Two_people_taking_the_last_place_at_once_cannot_both_have_it(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var p = await TestPartnership.CreateAsync(settings, _clock);
        Guid eventId;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            eventId = (await Bookings(db).ScheduleAsync(new TrainingEventInput(TrainingDefaults.MultiAgencyId, new DateOnly(2026, 12, 3), "Online", 1), Start(p.Administrator))).Value!.Id;
        }

        // Both read the event with its one free place before either saves.
        await using var first = DatabaseRegistration.CreateContext(settings);
        await using var second = DatabaseRegistration.CreateContext(settings);
        var secondBookings = Bookings(second);
        await second.TrainingEvents.Include(e => e.Bookings).SingleAsync(e => e.Id == eventId);
        Assert.True((await Bookings(first).BookAsync(eventId, Start(p.Teacher))).Succeeded);
        var late = await secondBookings.BookAsync(eventId, Start(p.PoliceOfficer));

        Assert.Equal(TrainingEventBookings.ClashMessage, late.Errors.For("Book"));
        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(1, await check.TrainingBookings.CountAsync(b => b.EventId == eventId));
    }

    private static TrainingEventBookings Bookings(TesseraDbContext db) => new(db, new TrainingRecords(db), new Inbox(db));

    private ProcessContext Start(Practitioner who) =>
        ProcessContext.Start(ProcessType.TrainingPlaceBooked, Actor.ForPractitioner(who.Id, who.AgencyId), _clock);
}
