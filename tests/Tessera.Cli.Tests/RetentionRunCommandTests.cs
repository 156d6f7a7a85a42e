using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Processes;
using Tessera.TestSupport;

namespace Tessera.Cli.Tests;

public sealed class RetentionRunCommandTests
{
    [Fact]
    public async Task A_dry_run_reports_what_would_go_and_a_run_erases_it()
    {
        var settings = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        var partnership = await TestPartnership.CreateAsync(settings, TimeProvider.System);
        Guid oldId;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var old = ChildRecordService.Build(new ChildRecordInput { GivenName = "Old", FamilyName = "Record", DateOfBirth = new DateOnly(2001, 11, 24), Sex = Sex.NotKnown },
                partnership.PoliceId, ProcessContext.Start(ProcessType.Seeding, Actor.System, TimeProvider.System));
            db.ChildRecords.Add(old);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            oldId = old.Id;
        }

        var path = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        var dry = await CliRun.RunAsync("retention", "run", "--database", $"sqlite:{path}", "--today", "2026-11-24", "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("child-record (until age 25): would erase 1, kept: legal hold 0", dry.Output, StringComparison.Ordinal);
        Assert.Contains("looked-after (until age 75): would erase 0", dry.Output, StringComparison.Ordinal);
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            Assert.True(await db.ChildRecords.AnyAsync(c => c.Id == oldId, TestContext.Current.CancellationToken));
        }

        var before = await CliRun.RunAsync("retention", "run", "--database", $"sqlite:{path}", "--today", "2026-11-23");
        Assert.Contains("child-record (until age 25): erased 0", before.Output, StringComparison.Ordinal);

        var run = await CliRun.RunAsync("retention", "run", "--database", $"sqlite:{path}", "--today", "2026-11-24");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("child-record (until age 25): erased 1, kept: legal hold 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("Retention run for 2026-11-24: erased 1", run.Output, StringComparison.Ordinal);
        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.False(await check.ChildRecords.AnyAsync(c => c.Id == oldId, TestContext.Current.CancellationToken));
        SqliteConnection.ClearAllPools();
    }

    [Theory]
    [InlineData("'--today' must be a date in the form YYYY-MM-DD, not '24/11/2026'", "retention", "run", "--database", "sqlite:x.db", "--today", "24/11/2026")]
    [InlineData("option '--dry-run' takes no value", "retention", "run", "--database", "sqlite:x.db", "--dry-run=yes")]
    [InlineData("option '--database' is required", "retention", "run", "--dry-run")]
    [InlineData("unexpected argument 'now'", "retention", "run", "--database", "sqlite:x.db", "--dry-run", "now")]
    public async Task Bad_arguments_fail_with_one_line(string expected, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        var line = run.AssertOneErrorLine(2);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }
}
