using Tessera.Linkage.Blocking;
using Tessera.Linkage.Comparison;
using Tessera.Linkage.Records;

namespace Tessera.Linkage.Model;

/// <summary>
/// Estimates the model without labels: u from randomly sampled pairs (almost all non-matches), m by
/// expectation-maximisation over the pairs of several blocking rules in turn, each rule teaching the fields it does not
/// block on, as Splink does. EM runs on counts of distinct comparison vectors, so it costs little after the scan.
/// </summary>
public static class Trainer
{
    private const int Slots = Levels.FieldCount * Levels.LevelsPerField;

    /// <summary>
    /// The rules whose pairs train m; a rule that yields no pairs on a data set is passed over. Not postcode: pairs
    /// sharing a postcode are mostly siblings, and EM would learn "same household" instead of "same child".
    /// </summary>
    public static IReadOnlyList<BlockingRule> TrainingRules { get; } =
    [
        new("given-sound+family-sound", KeyPart.GivenPhonetic, KeyPart.FamilyPhonetic),
        new("dob", KeyPart.Dob),
        new("email", KeyPart.Email),
    ];

    public static MatchModel Train(RecordSet records, PairComparer comparer, int seed, int maxBlockSize, long maxPairsPerSession = 300_000, int uSample = 500_000)
    {
        var u = EstimateU(records, comparer, seed, uSample);
        var mSum = new double[Slots];
        var mSessions = new int[Levels.FieldCount];
        double expectedMatches = 0;
        foreach (var rule in TrainingRules)
        {
            var blocks = Blocks.Build(rule, records, maxBlockSize);
            if (blocks.Pairs == 0)
            {
                continue;
            }

            var histogram = Histogram(blocks, records, comparer, maxPairsPerSession);
            var fixedFields = rule.FixedFields;
            var (m, lambda) = ExpectationMaximisation(histogram, u, fixedFields);
            expectedMatches = Math.Max(expectedMatches, lambda * blocks.Pairs);
            foreach (var field in Levels.All)
            {
                if (fixedFields.Contains(field) || !HasData(histogram, field))
                {
                    continue;
                }

                var f = (int)field;
                for (var l = 0; l < Levels.LevelsPerField; l++)
                {
                    mSum[(f * Levels.LevelsPerField) + l] += m[(f * Levels.LevelsPerField) + l];
                }

                mSessions[f]++;
            }
        }

        var mFinal = InitialM();
        for (var f = 0; f < Levels.FieldCount; f++)
        {
            if (mSessions[f] == 0)
            {
                continue;
            }

            for (var l = 1; l < Levels.LevelsPerField; l++)
            {
                mFinal[(f * Levels.LevelsPerField) + l] = Math.Max(mSum[(f * Levels.LevelsPerField) + l] / mSessions[f], 1e-5);
            }
        }

        double n = records.Count;
        var totalPairs = n * (n - 1) / 2;
        var prior = Math.Clamp(expectedMatches / Math.Max(1, totalPairs), 1e-9, 0.5);
        var model = new MatchModel(mFinal, u, prior);
        model.AdjustForTermFrequency(records);
        return model;
    }

    /// <summary>u: level frequencies among random pairs (all pairs when there are few records).</summary>
    public static double[] EstimateU(RecordSet records, PairComparer comparer, int seed, int sampleSize)
    {
        var n = records.Count;
        var counts = new long[Slots];
        if (n < 2)
        {
            return Normalise(counts);
        }

        var allPairs = (long)n * (n - 1) / 2;
        if (allPairs <= sampleSize)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    Count(counts, comparer.Compare(i, j));
                }
            }
        }
        else
        {
            var threads = Environment.ProcessorCount;
            var perThread = sampleSize / threads;
            var partials = new long[threads][];
            Parallel.For(0, threads, t =>
            {
                var random = new Random(seed + (t * 7919));
                var local = new long[Slots];
                for (var s = 0; s < perThread; s++)
                {
                    var i = random.Next(n);
                    var j = random.Next(n - 1);
                    if (j >= i)
                    {
                        j++;
                    }

                    Count(local, comparer.Compare(i, j));
                }

                partials[t] = local;
            });
            foreach (var partial in partials)
            {
                for (var s = 0; s < Slots; s++)
                {
                    counts[s] += partial[s];
                }
            }
        }

        return Normalise(counts);
    }

    /// <summary>One EM run over a histogram of comparison vectors; u stays fixed, fields the rule blocks on are ignored.</summary>
    public static (double[] M, double Lambda) ExpectationMaximisation(IReadOnlyDictionary<int, long> histogram, double[] u, IReadOnlyList<Field> fixedFields, int iterations = 40)
    {
        var m = InitialM();
        var lambda = 0.1;
        var active = Levels.All.Where(f => !fixedFields.Contains(f)).Select(f => (int)f).ToArray();
        var patterns = histogram.ToArray();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var expected = new double[Slots];
            double matchSum = 0, total = 0;
            foreach (var (gamma, count) in patterns)
            {
                double pm = lambda, pu = 1 - lambda;
                foreach (var f in active)
                {
                    var level = (gamma >> (f * 3)) & 7;
                    if (level == 0)
                    {
                        continue;
                    }

                    var slot = (f * Levels.LevelsPerField) + level;
                    pm *= m[slot];
                    pu *= Math.Max(u[slot], 1e-9);
                }

                var posterior = pm / (pm + pu);
                matchSum += posterior * count;
                total += count;
                foreach (var f in active)
                {
                    var level = (gamma >> (f * 3)) & 7;
                    if (level != 0)
                    {
                        expected[(f * Levels.LevelsPerField) + level] += posterior * count;
                    }
                }
            }

            foreach (var f in active)
            {
                double sum = 0;
                for (var l = 1; l < Levels.LevelsPerField; l++)
                {
                    sum += expected[(f * Levels.LevelsPerField) + l];
                }

                if (sum <= 0)
                {
                    continue;
                }

                for (var l = 1; l < Levels.LevelsPerField; l++)
                {
                    m[(f * Levels.LevelsPerField) + l] = Math.Max(expected[(f * Levels.LevelsPerField) + l] / sum, 1e-5);
                }
            }

            lambda = Math.Clamp(matchSum / Math.Max(1, total), 1e-6, 0.999);
        }

        return (m, lambda);
    }

    /// <summary>Starting m: most true matches agree exactly, a few nearly, very few not at all.</summary>
    public static double[] InitialM()
    {
        var m = new double[Slots];
        foreach (var field in Levels.All)
        {
            var f = (int)field;
            var top = Levels.TopLevel(field);
            for (var l = 1; l <= top; l++)
            {
                m[(f * Levels.LevelsPerField) + l] = l == top ? 0.8 : 0.2 / (top - 1);
            }

            for (var l = top + 1; l < Levels.LevelsPerField; l++)
            {
                m[(f * Levels.LevelsPerField) + l] = 1e-5;
            }
        }

        return m;
    }

    private static Dictionary<int, long> Histogram(Blocks blocks, RecordSet records, PairComparer comparer, long maxPairs)
    {
        // Keep about maxPairs pairs: every k-th block, so the sample is spread over the whole file.
        var keepOneIn = (int)Math.Max(1, (blocks.Pairs + maxPairs - 1) / maxPairs);
        var merged = new Dictionary<int, long>();
        PairScan.Run([blocks.Sample(keepOneIn)], records, crossSourceOnly: records.Source.AsSpan(0, records.Count).IndexOf((byte)1) >= 0,
            () => new HistogramSink(comparer),
            sink =>
            {
                foreach (var (gamma, count) in ((HistogramSink)sink).Counts)
                {
                    merged[gamma] = merged.GetValueOrDefault(gamma) + count;
                }
            });
        return merged;
    }

    private static bool HasData(Dictionary<int, long> histogram, Field field)
    {
        foreach (var gamma in histogram.Keys)
        {
            if (Levels.Get(gamma, field) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Count(long[] counts, int gamma)
    {
        for (var f = 0; f < Levels.FieldCount; f++)
        {
            counts[(f * Levels.LevelsPerField) + ((gamma >> (f * 3)) & 7)]++;
        }
    }

    private static double[] Normalise(long[] counts)
    {
        var u = new double[Slots];
        for (var f = 0; f < Levels.FieldCount; f++)
        {
            long present = 0;
            for (var l = 1; l < Levels.LevelsPerField; l++)
            {
                present += counts[(f * Levels.LevelsPerField) + l];
            }

            for (var l = 1; l < Levels.LevelsPerField; l++)
            {
                // Never zero: a level unseen among random pairs is rare, not impossible.
                u[(f * Levels.LevelsPerField) + l] = (counts[(f * Levels.LevelsPerField) + l] + 0.5) / (present + 1.0);
            }
        }

        return u;
    }

    private sealed class HistogramSink(PairComparer comparer) : PairSink
    {
        public Dictionary<int, long> Counts { get; } = [];

        public override void Pair(int i, int j)
        {
            var gamma = comparer.Compare(i, j);
            Counts[gamma] = Counts.GetValueOrDefault(gamma) + 1;
        }
    }
}
