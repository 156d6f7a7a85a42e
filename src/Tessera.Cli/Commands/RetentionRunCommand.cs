using System.Globalization;
using Tessera.Cli.CommandLine;
using Tessera.Core.Data;
using Tessera.Core.Modules.Retention.Services;

namespace Tessera.Cli.Commands;

/// <summary><c>tessera retention run</c>: the daily retention run, on demand, optionally as of another day or without erasing.</summary>
public sealed class RetentionRunCommand : CliCommand
{
    public override string Name => "retention run";

    public override string Summary => "Erase what the retention schedules say has expired (records under a legal hold are kept).";

    public override string? Details =>
        "Prints one line per schedule: how many records (or concerns) were erased and how many a legal hold kept.\n" +
        "Each erasure is audited by its ids. With --dry-run nothing is erased; the lines say what would be.";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        new("database", "sqlite:path|postgres:connection", "The database, e.g. sqlite:data/tessera.db.", Required: true),
        new("today", "YYYY-MM-DD", "Run as of this day (UTC). Default: today."),
        new("dry-run", "", "Only report what would be erased.", Flag: true),
    ];

    public override async Task<int> ExecuteAsync(ParsedOptions options, CliContext context)
    {
        var settings = DatabaseSettings.FromCliArgument(options.GetRequiredString("database"));
        var today = options.GetString("today") is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new UsageException($"option '--today' must be a date in the form YYYY-MM-DD, not '{text}'")
            : DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var dryRun = options.GetFlag("dry-run");

        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new RetentionService(db, new RecordEraser(db, TimeProvider.System));
        var report = await service.RunAsync(today, dryRun, cancellationToken: context.CancellationToken);
        foreach (var line in report.Lines())
        {
            await context.Out.WriteLineAsync(line);
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{(dryRun ? "Dry run" : "Retention run")} for {today:yyyy-MM-dd}: {(dryRun ? "would erase" : "erased")} {report.Erased}, kept: legal hold {report.KeptUnderLegalHold}"));
        return ExitCodes.Success;
    }
}
