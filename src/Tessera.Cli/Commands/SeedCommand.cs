using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tessera.Cli.CommandLine;
using Tessera.Core.Data;
using Tessera.Core.Seeding;

namespace Tessera.Cli.Commands;

/// <summary><c>tessera seed</c>: migrates a database and fills it with the synthetic Riverside partnership.</summary>
public sealed class SeedCommand : CliCommand
{
    public override string Name => "seed";

    public override string Summary => "Create the database (if needed) and fill it with the synthetic Riverside partnership.";

    public override string? Details =>
        "Applies migrations first, then refuses if the database already has agencies. Children, names and addresses are\n" +
        "invented; the same --seed always gives the same data. Demo sign-ins and their password: docs/demo-sign-ins.md.";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        new("database", "sqlite:path|postgres:connection", "The database, e.g. sqlite:data/tessera.db or \"postgres:Host=...;Database=...;Username=...;Password=...\".", Required: true),
        new("children", "N", $"How many children to invent (0 to {SyntheticIdentifiers.MaxChildren:N0}).", SeedOptions.DemoChildren.ToString(CultureInfo.InvariantCulture)),
        new("seed", "S", "The random seed.", SeedOptions.DefaultSeed.ToString(CultureInfo.InvariantCulture)),
        new("concerns-per-child", "X", "Average concerns per child over the last two years.", "10"),
        new("batch-size", "N", "Children written per transaction.", "2000"),
        new("truth", "file.csv", "Also write which child records are the same child (for testing record linkage) to this CSV file."),
    ];

    public override async Task<int> ExecuteAsync(ParsedOptions options, CliContext context)
    {
        var settings = DatabaseSettings.FromCliArgument(options.GetRequiredString("database"));
        var seedOptions = new SeedOptions
        {
            Children = options.GetInt("children", 0, SyntheticIdentifiers.MaxChildren),
            Seed = options.GetInt("seed", int.MinValue, int.MaxValue),
            ConcernsPerChild = options.GetDouble("concerns-per-child", 0, 100),
            BatchSize = options.GetInt("batch-size", 1, 100_000),
            Reason = "Synthetic partnership seeded from the command line",
        };
        var truthPath = options.GetString("truth");

        await using var db = DatabaseRegistration.CreateContext(settings);
        await db.Database.MigrateAsync(context.CancellationToken);

        var result = context.Interactive
            ? await SeedWithProgressBarAsync(db, seedOptions, context)
            : await PartnershipSeeder.SeedAsync(db, TimeProvider.System, seedOptions, new LineProgress(context.Out), context.CancellationToken);

        if (truthPath is not null)
        {
            await WriteTruthAsync(truthPath, result.Truth, context.CancellationToken);
        }

        await context.Out.WriteLineAsync(result.Summary);
        return ExitCodes.Success;
    }

    private static async Task<SeedResult> SeedWithProgressBarAsync(TesseraDbContext db, SeedOptions options, CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("Seeding children", maxValue: Math.Max(1, options.Children));
                var progress = new SynchronousProgress<SeedProgress>(p =>
                {
                    task.Value = p.ChildrenWritten;
                    task.Description = $"Seeding children: {p.ChildrenWritten:N0}, concerns: {p.ConcernsWritten:N0}";
                });
                var result = await PartnershipSeeder.SeedAsync(db, TimeProvider.System, options, progress, context.CancellationToken);
                task.Value = task.MaxValue;
                return result;
            });
    }

    private static async Task WriteTruthAsync(string path, IReadOnlyList<SyntheticTruth> truth, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync("person_index,child_record_id,agency_id");
        foreach (var row in truth)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{row.PersonIndex},{row.ChildRecordId},{row.AgencyId}"));
        }
    }

    /// <summary>Progress for logs and redirected output: one line per batch.</summary>
    private sealed class LineProgress(TextWriter output) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value)
        {
            if (value.Stage == "Children")
            {
                output.WriteLine($"Seeded {value.ChildrenWritten:N0} of {value.ChildrenTotal:N0} children ({value.ConcernsWritten:N0} concerns)");
            }
        }
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
