using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core;
using Tessera.Core.Data;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Processes;
using Tessera.TestSupport;
using Tessera.Web.Infrastructure;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Privacy;

/// <summary>The daily job, on its own database (it erases), timed by a fake clock that the test moves.</summary>
public sealed class RetentionJobTests
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Fact]
    public void The_next_run_is_today_at_the_set_time_or_else_tomorrow()
    {
        var at = new TimeOnly(2, 0);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero), RetentionJob.NextRun(new DateTimeOffset(2026, 11, 24, 1, 59, 0, TimeSpan.Zero), at));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero), RetentionJob.NextRun(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero), at));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero), RetentionJob.NextRun(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.FromHours(1)), at));
    }

    [Fact]
    public void A_bad_run_time_stops_start_up_with_one_line_naming_the_setting()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Tessera:RetentionRunAt", "25:00")]).Build();
        Assert.False(StartupChecks.TryReadSettings(config, out _, out var problem));
        Assert.Equal("Tessera:RetentionRunAt is '25:00'. Use a UTC time of day such as 02:00.", problem);
        Assert.Equal(new TimeOnly(3, 30), RetentionJobSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection([new("Tessera:RetentionRunAt", "03:30")]).Build()).RunAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task At_two_in_the_morning_the_job_erases_what_is_due(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 1, 59, 0, TimeSpan.Zero));
        var settings = await TestDatabases.CreateAsync(provider);
        var partnership = await TestPartnership.CreateAsync(settings, clock);
        var old = await OldChildAsync(settings, partnership, clock);
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock).AddTesseraDatabase(settings).AddTesseraCore().BuildServiceProvider();
        await using var _ = services;

        var job = new RetentionJob(services.GetRequiredService<IServiceScopeFactory>(), clock, new RetentionJobSettings(new TimeOnly(2, 0)), NullLogger<RetentionJob>.Instance);
        var waiting = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        var completed = new TaskCompletionSource<RetentionReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        job.Waiting += next => waiting.TrySetResult(next);
        job.Completed += report => completed.TrySetResult(report);

        await job.StartAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero), await waiting.Task.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(completed.Task.IsCompleted, "The job ran before its time.");

        clock.Advance(TimeSpan.FromSeconds(1));
        var report = await completed.Task.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        await job.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new DateOnly(2026, 11, 24), report.Today);
        Assert.Equal(1, report.Erased);
        await using var db = DatabaseRegistration.CreateContext(settings);
        Assert.False(await db.ChildRecords.AnyAsync(c => c.Id == old.Id, TestContext.Current.CancellationToken));
        Assert.True(await db.ChildRecords.AnyAsync(c => c.Id == partnership.SchoolChild.Id, TestContext.Current.CancellationToken));
    }

    private static async Task<ChildRecord> OldChildAsync(DatabaseSettings settings, TestPartnership partnership, TimeProvider clock)
    {
        await using var db = DatabaseRegistration.CreateContext(settings);
        var child = ChildRecordService.Build(new ChildRecordInput { GivenName = "Old", FamilyName = "Record", DateOfBirth = new DateOnly(2001, 11, 24), Sex = Sex.NotKnown },
            partnership.PoliceId, ProcessContext.Start(ProcessType.Seeding, Actor.System, clock));
        db.ChildRecords.Add(child);
        await db.SaveChangesAsync();
        return child;
    }
}
