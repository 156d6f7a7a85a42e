namespace Tessera.Linkage.Evaluation;

/// <summary>Pairwise and B-cubed precision, recall and F1 of predicted clusters against true ones.</summary>
public sealed record LinkageMetrics(double PairPrecision, double PairRecall, double BCubedPrecision, double BCubedRecall, long TruePairs, long PredictedPairs, long CorrectPairs)
{
    public double PairF1 => F1(PairPrecision, PairRecall);

    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);

    /// <summary>Compares clusterings given as one label per record (any integers; equal labels are one cluster).</summary>
    public static LinkageMetrics Evaluate(IReadOnlyList<int> predicted, IReadOnlyList<int> truth)
    {
        var n = predicted.Count;
        var joint = new Dictionary<(int, int), long>();
        var predictedSize = new Dictionary<int, long>();
        var trueSize = new Dictionary<int, long>();
        for (var i = 0; i < n; i++)
        {
            var key = (predicted[i], truth[i]);
            joint[key] = joint.GetValueOrDefault(key) + 1;
            predictedSize[predicted[i]] = predictedSize.GetValueOrDefault(predicted[i]) + 1;
            trueSize[truth[i]] = trueSize.GetValueOrDefault(truth[i]) + 1;
        }

        long correct = joint.Values.Sum(c => c * (c - 1) / 2);
        long predictedPairs = predictedSize.Values.Sum(c => c * (c - 1) / 2);
        long truePairs = trueSize.Values.Sum(c => c * (c - 1) / 2);

        // B-cubed: per record, the share of its predicted cluster that is truly its own, and of its true cluster that was found.
        double bp = 0, br = 0;
        foreach (var ((p, t), c) in joint)
        {
            bp += c * (c / (double)predictedSize[p]);
            br += c * (c / (double)trueSize[t]);
        }

        return new LinkageMetrics(
            predictedPairs == 0 ? 1 : correct / (double)predictedPairs,
            truePairs == 0 ? 1 : correct / (double)truePairs,
            n == 0 ? 1 : bp / n,
            n == 0 ? 1 : br / n,
            truePairs,
            predictedPairs,
            correct);
    }

    /// <summary>Precision of a set of linked pairs, given each record's true cluster.</summary>
    public static double LinkPrecision(IEnumerable<(int A, int B)> links, IReadOnlyList<int> truth)
    {
        long all = 0, right = 0;
        foreach (var (a, b) in links)
        {
            all++;
            if (truth[a] == truth[b])
            {
                right++;
            }
        }

        return all == 0 ? 1 : right / (double)all;
    }

    /// <summary>Blocking recall: the share of true pairs that some blocking rule made candidates.</summary>
    public static double BlockingRecall(IReadOnlyList<int> truth, Func<int, int, bool> isCandidate, Func<int, int, bool>? counts = null)
    {
        var byCluster = new Dictionary<int, List<int>>();
        for (var i = 0; i < truth.Count; i++)
        {
            if (!byCluster.TryGetValue(truth[i], out var members))
            {
                byCluster[truth[i]] = members = [];
            }

            members.Add(i);
        }

        long all = 0, found = 0;
        foreach (var members in byCluster.Values)
        {
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    if (counts is not null && !counts(members[x], members[y]))
                    {
                        continue;
                    }

                    all++;
                    if (isCandidate(members[x], members[y]))
                    {
                        found++;
                    }
                }
            }
        }

        return all == 0 ? 1 : found / (double)all;
    }

    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
