using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Tessera.Cli.CommandLine;
using Tessera.Linkage;
using Tessera.Linkage.Evaluation;
using Tessera.Linkage.Input;

namespace Tessera.Cli.Commands;

/// <summary>What the link commands share: reading files through the map, reporting bad rows, progress, and the last line.</summary>
internal static class LinkShared
{
    public static CliOption MapOption { get; } = new("map", "key=COL,...", "Which column holds each field: id, given, family, dob, sex, postcode, address, town, nhs, email; any but id may be left out; COL1+COL2 joins columns.", Required: true);

    public static CliOption TruthColumnOption { get; } = new("truth-column", "COL", "A column of true cluster labels, to report precision, recall and F1.");

    public static CliOption TruthOption { get; } = new("truth", "febrl", "Read the truth from FEBRL ids (rec-N-org, rec-N-dup-K).");

    public static (ColumnMap Map, TruthSource Truth, string? TruthColumn) ParseMapAndTruth(ParsedOptions options)
    {
        ColumnMap map;
        try
        {
            map = ColumnMap.Parse(options.GetRequiredString("map"));
        }
        catch (FormatException ex)
        {
            throw new UsageException($"option '--map': {ex.Message}");
        }

        var truthColumn = options.GetString("truth-column");
        var truth = options.GetString("truth");
        if (truth is not null && truthColumn is not null)
        {
            throw new UsageException("give either '--truth febrl' or '--truth-column COL', not both");
        }

        if (truth is not null && truth != "febrl")
        {
            throw new UsageException($"option '--truth' must be 'febrl', not '{truth}'");
        }

        return (map, truth is not null ? TruthSource.Febrl : truthColumn is not null ? TruthSource.Column : TruthSource.None, truthColumn);
    }

    public static async Task<CsvReadResult> ReadAsync(string path, ColumnMap map, TruthSource truth, string? truthColumn, CliContext context)
    {
        CsvReadResult result;
        try
        {
            result = CsvInput.Read(path, map, truth, truthColumn);
        }
        catch (CsvInputException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }

        foreach (var problem in result.Problems)
        {
            await context.Error.WriteLineAsync($"{Path.GetFileName(path)} line {problem.Line}: {problem.Reason}{(problem.Skipped ? " (row skipped)" : "")}");
        }

        await context.Out.WriteLineAsync($"{Path.GetFileName(path)}: {result.Records.Count:N0} records read, {result.Problems.Count(p => p.Skipped):N0} rows skipped, {result.Problems.Count(p => !p.Skipped):N0} fields treated as missing");
        return result;
    }

    /// <summary>Runs the work under a spinner on a terminal; plain otherwise, so pipes and tests see only the figures.</summary>
    public static T WithProgress<T>(CliContext context, string description, Func<T> work)
    {
        if (!context.Interactive)
        {
            return work();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(description);
                task.IsIndeterminate = true;
                result = work();
                task.Value = task.MaxValue;
            });
        return result;
    }

    public static async Task WriteBlockingReportAsync(LinkageResult result, CliContext context)
    {
        foreach (var rule in result.Blocking)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"blocking rule {rule.Rule}: {rule.NewPairs:N0} new pairs ({rule.Pairs:N0} in its blocks){(rule.SkippedBlocks > 0 ? $", {rule.SkippedBlocks} oversized blocks skipped ({rule.SkippedPairs:N0} pairs)" : "")}"));
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"pairs scored {result.PairsScored:N0}; automatic links {result.AutoLinks.Count:N0}; for clerical review {result.Review.Count:N0}"));
    }

    public static CliOption[] WeightOptions { get; } =
    [
        new("auto-weight", "W", "Match weight (log2 odds) at or above which a pair links automatically.", "3"),
        new("review-weight", "W", "Match weight at or above which a pair goes to clerical review.", "-3"),
        new("link-different-given-names", "", "Let pairs with wholly different given names link automatically (off by default: twins share everything else).", Flag: true),
    ];

    public static LinkageOptions Options(ParsedOptions options, bool crossSourceOnly = false)
    {
        var auto = options.GetDouble("auto-weight", -50, 100);
        var review = options.GetDouble("review-weight", -50, 100);
        return review > auto
            ? throw new UsageException("'--review-weight' must not be above '--auto-weight'")
            : new LinkageOptions { AutoLinkWeight = auto, ReviewWeight = review, CrossSourceOnly = crossSourceOnly, HoldDifferentGivenNames = !options.GetFlag("link-different-given-names") };
    }

    /// <summary>The trained weights, one line a field: level:m/u=weight, so a run can be checked and explained.</summary>
    public static async Task WriteModelAsync(LinkageResult result, CliContext context)
    {
        var model = result.Model;
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"model prior {model.PriorProbability:E2} (weight {model.PriorWeight:F2})"));
        foreach (var field in Tessera.Linkage.Comparison.Levels.All)
        {
            var levels = Enumerable.Range(1, Tessera.Linkage.Comparison.Levels.TopLevel(field)).Select(l => string.Create(CultureInfo.InvariantCulture,
                $"{l}:{model.M_(field, l):F3}/{model.U_(field, l):E1}={model.WeightTable[((int)field * 8) + l]:F1}"));
            await context.Out.WriteLineAsync($"model {field.ToString().ToLowerInvariant()} {string.Join(" ", levels)}");
        }
    }

    public static int[] Labels(IReadOnlyList<string> labels)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            if (!ids.TryGetValue(labels[i], out var id))
            {
                id = ids.Count;
                ids.Add(labels[i], id);
            }

            result[i] = id;
        }

        return result;
    }

    public static string LastLine(LinkageMetrics? metrics, int records, Stopwatch clock)
    {
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        var prefix = metrics is null ? "" : string.Create(CultureInfo.InvariantCulture,
            $"pairs_precision={metrics.PairPrecision:F4} pairs_recall={metrics.PairRecall:F4} pairs_f1={metrics.PairF1:F4} bcubed_f1={metrics.BCubedF1:F4} ");
        return prefix + string.Create(CultureInfo.InvariantCulture, $"records={records} seconds={clock.Elapsed.TotalSeconds:F2} peak_mb={peakMb}");
    }
}
