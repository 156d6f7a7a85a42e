using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;
using Tessera.Core.Tests.Data;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Training;

public class TrainingReminderTests
{
    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Reminders_go_once_when_due_soon_and_once_when_overdue_and_stop_after_completion(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        var settings = await TestDatabases.CreateAsync(provider);
        var p = await TestPartnership.CreateAsync(settings, clock);
        var inducted = new DateOnly(2026, 1, 15);

        async Task<int> RunAsync(DateOnly today)
        {
            await using var db = DatabaseRegistration.CreateContext(settings);
            return (await new TrainingReminders(db, new TrainingCompliance(db), new Inbox(db), clock).RunAsync(today)).Count;
        }

        async Task<List<InboxItem>> TeacherAlertsAsync()
        {
            await using var db = DatabaseRegistration.CreateContext(settings);
            return await db.InboxItems.AsNoTracking().Where(i => i.RecipientId == p.Teacher.Id).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync();
        }

        Assert.True(await RunAsync(inducted) > 0);
        var first = Assert.Single(await TeacherAlertsAsync());
        Assert.Equal(InboxItemKind.TrainingDueSoon, first.Kind);
        Assert.Equal("Information sharing essentials is due by 14 February 2026", first.Subject);
        Assert.Equal("/training", first.Link);

        // Running again the same day, or the next, sends nothing new.
        Assert.Equal(0, await RunAsync(inducted));
        Assert.Equal(0, await RunAsync(inducted.AddDays(1)));

        clock.Advance(TimeSpan.FromDays(31));
        Assert.True(await RunAsync(new DateOnly(2026, 2, 15)) > 0);
        var alerts = await TeacherAlertsAsync();
        Assert.Equal(2, alerts.Count);
        Assert.Equal(InboxItemKind.TrainingOverdue, alerts[1].Kind);
        Assert.Equal("Information sharing essentials was due on 14 February 2026 and is overdue", alerts[1].Subject);

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            db.TrainingCompletions.Add(new TrainingCompletion { Id = Guid.CreateVersion7(), PractitionerId = p.Teacher.Id, CourseId = TrainingDefaults.EssentialsId, CompletedOn = new DateOnly(2026, 2, 16), Evidence = "Certificate", RecordedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        await RunAsync(new DateOnly(2026, 3, 1));
        Assert.Equal(2, (await TeacherAlertsAsync()).Count);

        // Thirty days before the three-year refresh, the next reminder goes.
        await RunAsync(new DateOnly(2029, 1, 17));
        var refresh = (await TeacherAlertsAsync()).Last();
        Assert.Equal("Information sharing essentials is due by 16 February 2029", refresh.Subject);
    }
}
