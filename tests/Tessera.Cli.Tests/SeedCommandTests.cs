using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;

namespace Tessera.Cli.Tests;

public sealed class SeedCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tessera-cli-tests", Guid.NewGuid().ToString("N"));

    public SeedCommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Seeds_a_new_SQLite_database_then_refuses_to_seed_it_again()
    {
        var path = Path.Combine(_folder, "nested", "tessera.db");
        var truth = Path.Combine(_folder, "truth.csv");

        var run = await CliRun.RunAsync("seed", "--database", $"sqlite:{path}", "--children", "20", "--seed", "9", "--concerns-per-child", "3", "--truth", truth);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var summary = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith("Seeded 20 children:", summary, StringComparison.Ordinal);
        Assert.Contains("seconds", summary, StringComparison.Ordinal);

        await using (var db = DatabaseRegistration.CreateContext(DatabaseSettings.FromCliArgument($"sqlite:{path}")))
        {
            var ct = TestContext.Current.CancellationToken;
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
            Assert.Equal(16, await db.Agencies.CountAsync(ct));
            var records = await db.ChildRecords.CountAsync(ct);
            Assert.InRange(records, 20, 80);
            Assert.True(await db.Concerns.AnyAsync(ct));
            Assert.Equal(records + 1, (await File.ReadAllLinesAsync(truth, ct)).Length);
        }

        var again = await CliRun.RunAsync("seed", "--database", $"sqlite:{path}", "--children", "20");

        var line = again.AssertOneErrorLine(1);
        Assert.Contains("already has agencies", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_fails_with_one_line_and_exit_code_1()
    {
        var run = await CliRun.RunAsync("seed", "--database", "postgres:Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2", "--children", "1");

        var line = run.AssertOneErrorLine(1);
        Assert.Contains("database error", line, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
