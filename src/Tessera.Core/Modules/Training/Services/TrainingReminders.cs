using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Training.Events;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Training.Services;

/// <summary>
/// Sends an inbox reminder when a requirement becomes due soon, and another when it becomes overdue: once for each
/// due date, however often the run happens. Returns the reminders it sent, for optional email by the host.
/// </summary>
public sealed class TrainingReminders(TesseraDbContext db, TrainingCompliance compliance, Inbox inbox, TimeProvider clock)
{
    public async Task<IReadOnlyList<TrainingReminder>> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var agencies = await db.Agencies.AsNoTracking().Select(a => a.Id).ToListAsync(cancellationToken);
        var courses = await db.TrainingCourses.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var sent = await db.TrainingReminders.AsNoTracking()
            .Select(r => new { r.PractitionerId, r.RequirementId, r.DueOn, r.State }).ToListAsync(cancellationToken);
        var already = sent.Select(r => (r.PractitionerId, r.RequirementId, r.DueOn, r.State)).ToHashSet();
        var process = ProcessContext.Start(ProcessType.TrainingRemindersSent, Actor.System, clock);
        var reminders = new List<TrainingReminder>();
        foreach (var agency in agencies)
        {
            foreach (var person in await compliance.ForAgencyAsync(agency, today, cancellationToken))
            {
                foreach (var status in person.Statuses.Where(s => s.State != TrainingState.UpToDate))
                {
                    if (!already.Add((person.PractitionerId, status.Requirement.Id, status.DueOn, status.State)))
                    {
                        continue;
                    }

                    var reminder = new TrainingReminder
                    {
                        Id = Guid.CreateVersion7(),
                        PractitionerId = person.PractitionerId,
                        RequirementId = status.Requirement.Id,
                        DueOn = status.DueOn,
                        State = status.State,
                        SentAt = process.Now,
                    };
                    db.TrainingReminders.Add(reminder);
                    var title = courses.GetValueOrDefault(status.Requirement.CourseId, "A training course");
                    var subject = status.State == TrainingState.Overdue
                        ? $"{title} was due on {status.DueOn:d MMMM yyyy} and is overdue"
                        : $"{title} is due by {status.DueOn:d MMMM yyyy}";
                    inbox.Notify(process, person.PractitionerId,
                        status.State == TrainingState.Overdue ? InboxItemKind.TrainingOverdue : InboxItemKind.TrainingDueSoon,
                        subject, "/training", reminder.Id);
                    process.Publish(new TrainingReminderIssued(reminder.Id, person.PractitionerId, status.Requirement.Id, status.State));
                    reminders.Add(reminder);
                }
            }
        }

        if (reminders.Count > 0)
        {
            await process.CompleteAsync(db, cancellationToken);
        }

        return reminders;
    }
}
