using System.Diagnostics;
using System.Globalization;
using Tessera.Cli.CommandLine;
using Tessera.Linkage;
using Tessera.Linkage.Evaluation;
using Tessera.Linkage.Records;

namespace Tessera.Cli.Commands;

/// <summary><c>tessera link pair</c>: finds the records in one file that are the same person as records in another.</summary>
public sealed class LinkPairCommand : CliCommand
{
    public override string Name => "link pair";

    public override string Summary => "Link the records of two CSV files that are the same person.";

    public override string? Details =>
        "Both files are read through the same --map. Only pairs with one record from each file are compared. With truth\n" +
        "(labels shared across the two files), the last line gives pairs_precision= pairs_recall= pairs_f1= bcubed_f1=\n" +
        "for the links between the files, then records= seconds= peak_mb=.";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        new("left", "A.csv", "The first CSV file.", Required: true),
        new("right", "B.csv", "The second CSV file.", Required: true),
        LinkShared.MapOption,
        LinkShared.TruthColumnOption,
        LinkShared.TruthOption,
        new("out", "links.csv", "Write the links and the pairs for review, with weights by field."),
        .. LinkShared.WeightOptions,
    ];

    public override async Task<int> ExecuteAsync(ParsedOptions options, CliContext context)
    {
        var clock = Stopwatch.StartNew();
        var (map, truth, truthColumn) = LinkShared.ParseMapAndTruth(options);
        var left = await LinkShared.ReadAsync(options.GetRequiredString("left"), map, truth, truthColumn, context);
        var right = await LinkShared.ReadAsync(options.GetRequiredString("right"), map, truth, truthColumn, context);
        var settings = LinkShared.Options(options, crossSourceOnly: true);
        var result = LinkShared.WithProgress(context, "Linking", () =>
        {
            var records = new RecordSet(left.Records.Count + right.Records.Count);
            foreach (var record in left.Records)
            {
                records.Add(record, source: 0);
            }

            foreach (var record in right.Records)
            {
                records.Add(record, source: 1);
            }

            return Deduplicator.Run(records, settings, context.CancellationToken);
        });
        await LinkShared.WriteBlockingReportAsync(result, context);

        if (options.GetString("out") is { } outPath)
        {
            await LinkOutput.WritePairsAsync(outPath, result, result.AutoLinks.Concat(result.Review), context.CancellationToken);
        }

        LinkageMetrics? metrics = null;
        if (left.TruthLabels is { } leftLabels && right.TruthLabels is { } rightLabels)
        {
            var labels = LinkShared.Labels([.. leftLabels, .. rightLabels]);
            var source = result.Records.Source;

            // Across files only: true pairs are label matches between the files; predicted ones are the automatic links.
            long truePairs = 0;
            var rightCounts = new Dictionary<int, long>();
            for (var i = left.Records.Count; i < labels.Length; i++)
            {
                rightCounts[labels[i]] = rightCounts.GetValueOrDefault(labels[i]) + 1;
            }

            for (var i = 0; i < left.Records.Count; i++)
            {
                truePairs += rightCounts.GetValueOrDefault(labels[i]);
            }

            var correct = result.AutoLinks.Count(p => labels[p.A] == labels[p.B] && source[p.A] != source[p.B]);
            var precision = result.AutoLinks.Count == 0 ? 1 : correct / (double)result.AutoLinks.Count;
            var recall = truePairs == 0 ? 1 : correct / (double)truePairs;
            var clusters = LinkageMetrics.Evaluate(result.ClusterOf, labels);
            metrics = new LinkageMetrics(precision, recall, clusters.BCubedPrecision, clusters.BCubedRecall, truePairs, result.AutoLinks.Count, correct);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"auto_link_precision={precision:F4} true_pairs={truePairs} predicted_pairs={result.AutoLinks.Count}"));
        }

        await context.Out.WriteLineAsync(LinkShared.LastLine(metrics, result.Records.Count, clock));
        return ExitCodes.Success;
    }
}
