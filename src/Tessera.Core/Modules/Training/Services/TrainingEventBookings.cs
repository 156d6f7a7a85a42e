using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Events;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Training.Services;

/// <summary>
/// Multi-agency events: administrators schedule them and mark attendance; practitioners book a place, or join the
/// waiting list when it is full. A cancelled place goes to the first person waiting, who is told in their inbox.
/// </summary>
public sealed class TrainingEventBookings(TesseraDbContext db, TrainingRecords records, Inbox inbox)
{
    public const string ClashMessage = "Someone else booked this event at the same time. Try again.";

    public async Task<Outcome<TrainingEvent>> ScheduleAsync(TrainingEventInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        await records.RequireAdministratorAsync(process.Actor, cancellationToken);
        var errors = new ValidationErrors();
        if (input.CourseId is not { } courseId || !await db.TrainingCourses.AnyAsync(c => c.Id == courseId, cancellationToken))
        {
            errors.Add(nameof(input.CourseId), "Select the course");
        }

        if (input.HeldOn is null)
        {
            errors.Add(nameof(input.HeldOn), "Enter the date of the event");
        }

        errors.Required(nameof(input.Venue), input.Venue, "Enter where the event is held");
        errors.MaxLength(nameof(input.Venue), input.Venue, TrainingEvent.VenueMaxLength, "The venue");
        if (input.Places is not (> 0 and <= 1000))
        {
            errors.Add(nameof(input.Places), "Enter the number of places, a whole number from 1 to 1000");
        }

        if (!errors.IsValid)
        {
            return Outcome<TrainingEvent>.Failure(errors);
        }

        var trainingEvent = new TrainingEvent
        {
            Id = Guid.CreateVersion7(),
            CourseId = input.CourseId!.Value,
            HeldOn = input.HeldOn!.Value,
            Venue = input.Venue!.Trim(),
            Places = input.Places!.Value,
            CreatedAt = process.Now,
        };
        db.TrainingEvents.Add(trainingEvent);
        process.Publish(new TrainingEventScheduled(trainingEvent.Id, trainingEvent.CourseId, trainingEvent.Places));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<TrainingEvent>.Success(trainingEvent);
    }

    /// <summary>Books the signed-in practitioner a place, or a place on the waiting list when the event is full.</summary>
    public async Task<Outcome<TrainingBooking>> BookAsync(Guid eventId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var practitionerId = process.Actor.Id ?? throw new NotPermittedException("Only a practitioner can book a place.");
        var trainingEvent = await db.TrainingEvents.Include(e => e.Bookings).SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken)
            ?? throw new NotPermittedException("There is no such event.");
        var errors = new ValidationErrors();
        if (trainingEvent.HeldOn < DateOnly.FromDateTime(process.Now.UtcDateTime))
        {
            errors.Add("Book", "This event has already happened");
        }
        else if (trainingEvent.Bookings.Any(b => b.PractitionerId == practitionerId && b.Status != BookingStatus.Cancelled))
        {
            errors.Add("Book", "You are already booked on this event");
        }

        if (!errors.IsValid)
        {
            return Outcome<TrainingBooking>.Failure(errors);
        }

        var taken = trainingEvent.Bookings.Count(b => b.Status is BookingStatus.Booked or BookingStatus.Attended);
        var booking = new TrainingBooking
        {
            Id = Guid.CreateVersion7(),
            EventId = eventId,
            PractitionerId = practitionerId,
            Status = taken < trainingEvent.Places ? BookingStatus.Booked : BookingStatus.Waiting,
            BookedAt = process.Now,
        };
        db.TrainingBookings.Add(booking);
        db.Entry(trainingEvent).Property(e => e.Version).IsModified = true;
        process.Publish(new TrainingPlaceBooked(booking.Id, eventId, practitionerId, booking.Status));
        return await SaveAsync(process, booking, cancellationToken);
    }

    /// <summary>Cancels the practitioner's own booking; a freed place goes to whoever has waited longest.</summary>
    public async Task<Outcome<TrainingBooking>> CancelAsync(Guid bookingId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var booking = await db.TrainingBookings.SingleOrDefaultAsync(b => b.Id == bookingId && b.PractitionerId == process.Actor.Id, cancellationToken);
        if (booking is null || booking.Status is not (BookingStatus.Booked or BookingStatus.Waiting))
        {
            throw new NotPermittedException("You can only cancel your own booking before the event.");
        }

        var trainingEvent = await db.TrainingEvents.Include(e => e.Bookings).SingleAsync(e => e.Id == booking.EventId, cancellationToken);
        TrainingBooking? promoted = null;
        if (booking.Status == BookingStatus.Booked)
        {
            promoted = trainingEvent.Bookings.Where(b => b.Status == BookingStatus.Waiting).OrderBy(b => b.BookedAt).ThenBy(b => b.Id).FirstOrDefault();
            if (promoted is not null)
            {
                promoted.Status = BookingStatus.Booked;
                inbox.Notify(process, promoted.PractitionerId, InboxItemKind.TrainingPlaceOffered,
                    $"A place has come up for you on a training event on {trainingEvent.HeldOn:d MMMM yyyy}", "/training/events", trainingEvent.Id);
            }
        }

        booking.Status = BookingStatus.Cancelled;
        db.Entry(trainingEvent).Property(e => e.Version).IsModified = true;
        process.Publish(new TrainingBookingCancelled(booking.Id, trainingEvent.Id, promoted?.Id));
        return await SaveAsync(process, booking, cancellationToken);
    }

    /// <summary>Marks a booked practitioner as having attended: that records their completion of the course.</summary>
    public async Task<Outcome<TrainingBooking>> MarkAttendedAsync(Guid bookingId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        await records.RequireAdministratorAsync(process.Actor, cancellationToken);
        var booking = await db.TrainingBookings.SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken)
            ?? throw new NotPermittedException("There is no such booking.");
        var trainingEvent = await db.TrainingEvents.AsNoTracking().SingleAsync(e => e.Id == booking.EventId, cancellationToken);
        var errors = new ValidationErrors();
        if (trainingEvent.HeldOn > DateOnly.FromDateTime(process.Now.UtcDateTime))
        {
            errors.Add("Attended", "You can only mark attendance on or after the day of the event");
        }
        else if (booking.Status != BookingStatus.Booked)
        {
            errors.Add("Attended", "Only someone with a place can be marked as attended");
        }

        if (!errors.IsValid)
        {
            return Outcome<TrainingBooking>.Failure(errors);
        }

        booking.Status = BookingStatus.Attended;
        var completion = records.Add(process, booking.PractitionerId, trainingEvent.CourseId, trainingEvent.HeldOn,
            $"Attended the event at {trainingEvent.Venue} on {trainingEvent.HeldOn:d MMMM yyyy}", CompletionSource.Attended);
        process.Publish(new TrainingAttendanceMarked(booking.Id, trainingEvent.Id, completion.Id));
        return await SaveAsync(process, booking, cancellationToken);
    }

    private async Task<Outcome<TrainingBooking>> SaveAsync(ProcessContext process, TrainingBooking booking, CancellationToken cancellationToken)
    {
        try
        {
            await process.CompleteAsync(db, cancellationToken);
            return Outcome<TrainingBooking>.Success(booking);
        }
        catch (DbUpdateConcurrencyException)
        {
            var errors = new ValidationErrors();
            errors.Add("Book", ClashMessage);
            return Outcome<TrainingBooking>.Failure(errors);
        }
    }
}
