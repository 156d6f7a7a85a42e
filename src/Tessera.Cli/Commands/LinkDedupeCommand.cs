using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tessera.Cli.CommandLine;
using Tessera.Linkage;
using Tessera.Linkage.Evaluation;
using Tessera.Linkage.Records;

namespace Tessera.Cli.Commands;

/// <summary><c>tessera link dedupe</c>: finds the records in one file that are the same person.</summary>
public sealed class LinkDedupeCommand : CliCommand
{
    public override string Name => "link dedupe";

    public override string Summary => "Find the records in one CSV file that are the same person, and cluster them.";

    public override string? Details =>
        "Weights are learned from the file itself (no labels needed). Pairs at or above the automatic threshold link;\n" +
        "pairs between the thresholds are for clerical review. Bad rows are reported on standard error with their line\n" +
        "number and the rest is processed. The last line is machine-readable: pairs_precision= pairs_recall= pairs_f1=\n" +
        "bcubed_f1= (only with truth) records= seconds= peak_mb=.";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        new("input", "F.csv", "The CSV file to deduplicate (UTF-8, with a header row).", Required: true),
        LinkShared.MapOption,
        LinkShared.TruthColumnOption,
        LinkShared.TruthOption,
        new("out", "clusters.csv", "Write each record's cluster: id,cluster_id."),
        .. LinkShared.WeightOptions,
        new("review-out", "review.csv", "Write the pairs for clerical review with their weights by field."),
    ];

    public override async Task<int> ExecuteAsync(ParsedOptions options, CliContext context)
    {
        var clock = Stopwatch.StartNew();
        var (map, truth, truthColumn) = LinkShared.ParseMapAndTruth(options);
        var input = await LinkShared.ReadAsync(options.GetRequiredString("input"), map, truth, truthColumn, context);
        var result = LinkShared.WithProgress(context, "Linking", () =>
        {
            var records = new RecordSet(input.Records.Count);
            foreach (var record in input.Records)
            {
                records.Add(record);
            }

            return Deduplicator.Run(records, LinkShared.Options(options), context.CancellationToken);
        });
        await LinkShared.WriteBlockingReportAsync(result, context);
        await LinkShared.WriteModelAsync(result, context);

        if (options.GetString("out") is { } outPath)
        {
            await WriteClustersAsync(outPath, result, context.CancellationToken);
        }

        if (options.GetString("review-out") is { } reviewPath)
        {
            await LinkOutput.WritePairsAsync(reviewPath, result, result.Review, context.CancellationToken);
        }

        LinkageMetrics? metrics = null;
        if (input.TruthLabels is { } labels)
        {
            var truthIds = LinkShared.Labels(labels);
            metrics = LinkageMetrics.Evaluate(result.ClusterOf, truthIds);
            var autoPrecision = LinkageMetrics.LinkPrecision(result.AutoLinks.Select(p => (p.A, p.B)), truthIds);
            var blockingRecall = LinkageMetrics.BlockingRecall(truthIds, result.IsCandidate);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"auto_link_precision={autoPrecision:F4} blocking_recall={blockingRecall:F4} bcubed_precision={metrics.BCubedPrecision:F4} bcubed_recall={metrics.BCubedRecall:F4} true_pairs={metrics.TruePairs} predicted_pairs={metrics.PredictedPairs}"));
        }

        await context.Out.WriteLineAsync(LinkShared.LastLine(metrics, result.Records.Count, clock));
        return ExitCodes.Success;
    }

    private static async Task WriteClustersAsync(string path, LinkageResult result, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("id,cluster_id\n");
        var records = result.Records;
        for (var i = 0; i < records.Count; i++)
        {
            text.Append(LinkOutput.Quote(records.Ids[i])).Append(',').Append(LinkOutput.Quote(records.Ids[result.ClusterOf[i]])).Append('\n');
        }

        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
    }
}
