using System.Diagnostics;
using System.Globalization;
using Tessera.Cli.CommandLine;
using Tessera.Linkage;
using Tessera.Linkage.Evaluation;
using Tessera.Linkage.Records;
using Tessera.Linkage.Synthetic;

namespace Tessera.Cli.Commands;

/// <summary>
/// <c>tessera link bench</c>: generates synthetic child records with known truth, deduplicates them end to end, runs the
/// same rules and comparisons as SQL on DuckDB, and prints the figures.
/// </summary>
public sealed class LinkBenchCommand : CliCommand
{
    public override string Name => "link bench";

    public override string Summary => "Generate synthetic child records, deduplicate them end to end, compare with DuckDB, and print the figures.";

    public override string? Details =>
        "Prints records= seconds= peak_mb= pairs_scored= pairs_per_second= duckdb_seconds= ratio= (DuckDB time over ours),\n" +
        "then precision, recall and F1 against the generator's truth. seconds counts standardising, training, blocking,\n" +
        "scoring and clustering (not generating). peak_mb is measured before DuckDB runs.";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        new("records", "N", "How many records to generate (10 to 5,000,000).", Required: true),
        new("seed", "S", "The random seed; the same seed gives the same records.", "42"),
        new("skip-duckdb", "", "Do not run the DuckDB comparison.", Flag: true),
        new("show-errors", "N", "Print up to N wrong automatic links with their weights by field.", "0"),
    ];

    public override async Task<int> ExecuteAsync(ParsedOptions options, CliContext context)
    {
        var count = options.GetInt("records", 10, 5_000_000);
        var seed = options.GetInt("seed", int.MinValue, int.MaxValue);
        var generated = ChildRecordGenerator.Generate(count, seed);
        await context.Out.WriteLineAsync($"generated {count:N0} records of {generated.Children:N0} children (seed {seed}); load average {LoadAverage()}");

        var settings = new LinkageOptions { Seed = seed };
        var clock = Stopwatch.StartNew();
        var result = LinkShared.WithProgress(context, "Deduplicating", () =>
        {
            var records = new RecordSet(count);
            foreach (var record in generated.Records)
            {
                records.Add(record);
            }

            return Deduplicator.Run(records, settings, context.CancellationToken);
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        await LinkShared.WriteBlockingReportAsync(result, context);
        await LinkShared.WriteModelAsync(result, context);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"standardise {seconds - result.TotalTime.TotalSeconds:F2}s, train {result.TrainingTime.TotalSeconds:F2}s, block and score {result.ScoringTime.TotalSeconds:F2}s, cluster {(result.TotalTime - result.TrainingTime - result.ScoringTime).TotalSeconds:F2}s"));

        var metrics = LinkageMetrics.Evaluate(result.ClusterOf, generated.Truth);
        var autoPrecision = LinkageMetrics.LinkPrecision(result.AutoLinks.Select(p => (p.A, p.B)), generated.Truth);
        var blockingRecall = LinkageMetrics.BlockingRecall(generated.Truth, result.IsCandidate);

        var (p50, p95) = LiveMatch(result, generated, settings, seed);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"live_match_p50_ms={p50:F2} live_match_p95_ms={p95:F2} (1,000 new records, each against all {count:N0} indexed)"));

        var showErrors = options.GetInt("show-errors", 0, 1000);
        foreach (var wrong in result.AutoLinks.Where(p => generated.Truth[p.A] != generated.Truth[p.B]).Take(showErrors))
        {
            var b = result.Explain(wrong);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrong link {wrong.Weight:F2}: {Describe(generated.Records[wrong.A])} | {Describe(generated.Records[wrong.B])}"));
            await context.Out.WriteLineAsync("  " + string.Join("; ", b.Fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Field} {f.Level} {f.Weight + f.TermFrequencyWeight:F2}"))) + string.Create(CultureInfo.InvariantCulture, $"; prior {b.PriorWeight:F2}"));
        }

        var duck = options.GetFlag("skip-duckdb") ? null : LinkShared.WithProgress(context, "DuckDB", () => DuckDbComparison.Run(result.Records, result.Model, settings));
        var pairsPerSecond = result.PairsScored / Math.Max(1e-9, result.ScoringTime.TotalSeconds);
        var duckText = duck is null ? "duckdb_seconds=skipped ratio=skipped"
            : string.Create(CultureInfo.InvariantCulture, $"duckdb_seconds={duck.Seconds:F2} ratio={duck.Seconds / seconds:F2}");
        if (duck is not null)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"duckdb pairs scored {duck.PairsScored:N0} (ours {result.PairsScored:N0}); pairs kept for review or linking {duck.PairsKept:N0} (ours {result.AutoLinks.Count + result.Review.Count:N0})"));
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"records={count} seconds={seconds:F2} peak_mb={peakMb} pairs_scored={result.PairsScored} pairs_per_second={pairsPerSecond:F0} {duckText}"));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"auto_link_precision={autoPrecision:F4} blocking_recall={blockingRecall:F4} bcubed_precision={metrics.BCubedPrecision:F4} bcubed_recall={metrics.BCubedRecall:F4}"));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"pairs_precision={metrics.PairPrecision:F4} pairs_recall={metrics.PairRecall:F4} pairs_f1={metrics.PairF1:F4} bcubed_f1={metrics.BCubedF1:F4} records={count} seconds={seconds:F2} peak_mb={peakMb}"));
        return ExitCodes.Success;
    }

    /// <summary>Indexes every record, then times matching 1,000 new records (re-typed copies of existing children, with new ids).</summary>
    private static (double P50, double P95) LiveMatch(LinkageResult result, SyntheticRecords generated, LinkageOptions settings, int seed)
    {
        var index = new Tessera.Linkage.Live.LinkageIndex(result.Model, settings, result.Records);
        var random = new Random(seed + 1);
        var times = new double[1000];
        for (var n = 0; n < times.Length; n++)
        {
            var source = generated.Records[random.Next(generated.Records.Count)];
            var probe = source with { Id = $"NEW{n}", Given = source.Given?.ToLowerInvariant(), NhsNumber = null };
            var clock = Stopwatch.StartNew();
            index.Match(probe);
            times[n] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[times.Length / 2], times[(int)(times.Length * 0.95)]);
    }

    private static string Describe(Tessera.Linkage.Records.PersonRecord r) => $"{r.Given} {r.Family} {r.DateOfBirth} {r.Sex} {r.Postcode} {r.Address} {r.NhsNumber}";

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
