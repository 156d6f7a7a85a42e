using System.Diagnostics;
using Tessera.Linkage.Blocking;
using Tessera.Linkage.Clustering;
using Tessera.Linkage.Comparison;
using Tessera.Linkage.Model;
using Tessera.Linkage.Records;

namespace Tessera.Linkage;

/// <summary>Settings for a deduplication or two-file linkage run.</summary>
public sealed record LinkageOptions
{
    /// <summary>Match weight (log2 odds, prior included) at or above which a pair links automatically.</summary>
    public double AutoLinkWeight { get; init; } = 3;

    /// <summary>Match weight at or above which a pair below the automatic threshold goes to clerical review.</summary>
    public double ReviewWeight { get; init; } = -3;

    /// <summary>
    /// Send pairs whose given names are wholly different to review even when everything else agrees (twins share a
    /// surname, birthday and address). On by default for children; FEBRL-style test data, which replaces whole given
    /// names as an error, scores higher with it off.
    /// </summary>
    public bool HoldDifferentGivenNames { get; init; } = true;

    public IReadOnlyList<BlockingRule> BlockingRules { get; init; } = BlockingRule.Defaults;

    public int MaxBlockSize { get; init; } = 1000;

    public int Seed { get; init; } = 1;

    /// <summary>Only compare records from different inputs (linking two files rather than deduplicating one).</summary>
    public bool CrossSourceOnly { get; init; }
}

/// <summary>How many pairs one blocking rule produced (new pairs, not already produced by an earlier rule).</summary>
public sealed record BlockingRuleReport(string Rule, long Pairs, long NewPairs, int SkippedBlocks, long SkippedPairs);

/// <summary>Everything a run found: clusters by record, automatic links, pairs for review, the model and timings.</summary>
public sealed record LinkageResult(
    RecordSet Records,
    MatchModel Model,
    int[] ClusterOf,
    IReadOnlyList<ScoredPair> AutoLinks,
    IReadOnlyList<ScoredPair> Review,
    IReadOnlyList<BlockingRuleReport> Blocking,
    IReadOnlyList<Blocks> BlockSets,
    long PairsScored,
    TimeSpan TrainingTime,
    TimeSpan ScoringTime,
    TimeSpan TotalTime)
{
    public WeightBreakdown Explain(ScoredPair pair) => Model.Explain(pair.Gamma, Records, pair.A);

    /// <summary>True when some blocking rule made the two records a candidate pair.</summary>
    public bool IsCandidate(int a, int b)
    {
        foreach (var blocks in BlockSets)
        {
            var key = blocks.KeysByRecord[a];
            if (key != 0 && key == blocks.KeysByRecord[b])
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The end-to-end pipeline on prepared records: train, block, score in parallel, band, cluster.</summary>
public static class Deduplicator
{
    public static LinkageResult Run(RecordSet records, LinkageOptions options, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var comparer = new PairComparer(records);
        var model = Trainer.Train(records, comparer, options.Seed, options.MaxBlockSize);
        var trainingTime = total.Elapsed;

        var scoring = Stopwatch.StartNew();
        var blocks = new Blocks[options.BlockingRules.Count];
        Parallel.For(0, blocks.Length, r => blocks[r] = Blocks.Build(options.BlockingRules[r], records, options.MaxBlockSize));
        var kept = new List<ScoredPair>();
        var review = (float)options.ReviewWeight;
        var produced = PairScan.Run(blocks, records, options.CrossSourceOnly,
            () => new ScoringSink(comparer, model, records, review),
            sink => kept.AddRange(((ScoringSink)sink).Kept),
            cancellationToken);
        var scoringTime = scoring.Elapsed;

        var auto = new List<ScoredPair>();
        var reviewPairs = new List<ScoredPair>();
        foreach (var pair in kept)
        {
            (pair.Weight >= options.AutoLinkWeight && MatchModel.AllowsAutoLink(pair.Gamma, options.HoldDifferentGivenNames) ? auto : reviewPairs).Add(pair);
        }

        var clusters = Clusterer.Cluster(records, auto, reviewPairs);
        var report = new BlockingRuleReport[blocks.Length];
        for (var r = 0; r < blocks.Length; r++)
        {
            report[r] = new BlockingRuleReport(blocks[r].Rule.Name, blocks[r].Pairs, produced[r], blocks[r].SkippedBlocks, blocks[r].SkippedPairs);
        }

        reviewPairs.Sort((x, y) => y.Weight.CompareTo(x.Weight));
        return new LinkageResult(records, model, clusters, auto, reviewPairs, report, blocks, produced.Sum(), trainingTime, scoringTime, total.Elapsed);
    }

    private sealed class ScoringSink(PairComparer comparer, MatchModel model, RecordSet records, float threshold) : PairSink
    {
        public List<ScoredPair> Kept { get; } = [];

        public override void Pair(int i, int j)
        {
            var gamma = comparer.Compare(i, j);
            var weight = model.Weight(gamma, records, i);
            if (weight >= threshold)
            {
                Kept.Add(new ScoredPair(i, j, weight, gamma));
            }
        }
    }
}
