using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.TestSupport;
using Tessera.Web.Infrastructure;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Training;

/// <summary>The daily reminder job on its own database, timed by a fake clock that the test moves.</summary>
public sealed class TrainingReminderJobTests
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Fact]
    public void The_run_time_is_a_setting_and_a_bad_one_is_refused_naming_it()
    {
        Assert.Equal(new TimeOnly(6, 0), TrainingReminderSettings.From(new ConfigurationBuilder().Build()).RunAt);
        Assert.Equal(new TimeOnly(7, 15), TrainingReminderSettings.From(new ConfigurationBuilder().AddInMemoryCollection([new("Tessera:TrainingRemindersAt", "07:15")]).Build()).RunAt);
        var problem = Assert.Throws<SettingsProblemException>(() => TrainingReminderSettings.From(new ConfigurationBuilder().AddInMemoryCollection([new("Tessera:TrainingRemindersAt", "noon")]).Build()));
        Assert.Equal("Tessera:TrainingRemindersAt is 'noon'. Use a UTC time of day such as 06:00.", problem.Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task At_six_in_the_morning_practitioners_are_reminded_in_their_inbox(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 5, 59, 0, TimeSpan.Zero));
        var settings = await TestDatabases.CreateAsync(provider);
        var partnership = await TestPartnership.CreateAsync(settings, clock);
        var services = new ServiceCollection().AddLogging().AddTesseraDatabase(settings).AddTesseraCore()
            .AddSingleton<TimeProvider>(clock).BuildServiceProvider();
        await using var _ = services;

        var job = new TrainingReminderJob(services.GetRequiredService<IServiceScopeFactory>(), clock, new TrainingReminderSettings(new TimeOnly(6, 0)), NullLogger<TrainingReminderJob>.Instance);
        var waiting = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        var completed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        job.Waiting += next => waiting.TrySetResult(next);
        job.Completed += sent => completed.TrySetResult(sent);

        await job.StartAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero), await waiting.Task.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(completed.Task.IsCompleted, "The job ran before its time.");
        clock.Advance(TimeSpan.FromSeconds(1));
        var sent = await completed.Task.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        await job.StopAsync(TestContext.Current.CancellationToken);

        await using var db = DatabaseRegistration.CreateContext(settings);
        var alerts = await db.InboxItems.Where(i => i.Kind == InboxItemKind.TrainingDueSoon).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(sent, alerts.Count);
        Assert.All(alerts, a => Assert.Equal(clock.GetUtcNow(), a.CreatedAt));
        Assert.Contains(alerts, a => a.RecipientId == partnership.Teacher.Id && a.Subject == "Information sharing essentials is due by 24 December 2026");
        // The DSL also has the advanced course to do.
        Assert.Equal(2, alerts.Count(a => a.RecipientId == partnership.SchoolDsl.Id));
    }
}
