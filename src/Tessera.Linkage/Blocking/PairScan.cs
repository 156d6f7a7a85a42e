using System.Collections.Concurrent;
using Tessera.Linkage.Records;

namespace Tessera.Linkage.Blocking;

/// <summary>Receives candidate pairs on one thread; one sink per worker, so sinks need no locks.</summary>
public abstract class PairSink
{
    public abstract void Pair(int i, int j);
}

/// <summary>
/// Walks the union of several rules' blocks in parallel. A pair is produced once, by the first rule whose key it
/// shares, so the per-rule counts add up to the candidate set.
/// </summary>
public static class PairScan
{
    public static long[] Run(IReadOnlyList<Blocks> rules, RecordSet records, bool crossSourceOnly, Func<PairSink> createSink, Action<PairSink> finishSink, CancellationToken cancellationToken = default)
    {
        var produced = new long[rules.Count];
        var keys = rules.Select(b => b.KeysByRecord).ToArray();
        var source = records.Source;
        for (var r = 0; r < rules.Count; r++)
        {
            var blocks = rules[r];
            if (blocks.BlockCount == 0)
            {
                continue;
            }

            var ruleIndex = r;
            var order = blocks.Order;
            var starts = blocks.Starts;
            long total = 0;
            var options = new ParallelOptions { CancellationToken = cancellationToken };
            Parallel.ForEach(
                Partitioner.Create(0, blocks.BlockCount, Math.Max(1, Math.Min(512, blocks.BlockCount / 64))),
                options,
                () => (Sink: createSink(), Count: 0L),
                (range, _, local) =>
                {
                    var sink = local.Sink;
                    var count = local.Count;
                    for (var b = range.Item1; b < range.Item2; b++)
                    {
                        int start = starts[b], end = starts[b + 1];
                        for (var x = start; x < end; x++)
                        {
                            var i = order[x];
                            for (var y = x + 1; y < end; y++)
                            {
                                var j = order[y];
                                if ((crossSourceOnly && source[i] == source[j]) || SeenEarlier(keys, ruleIndex, i, j))
                                {
                                    continue;
                                }

                                count++;
                                if (i < j)
                                {
                                    sink.Pair(i, j);
                                }
                                else
                                {
                                    sink.Pair(j, i);
                                }
                            }
                        }
                    }

                    return (sink, count);
                },
                local =>
                {
                    Interlocked.Add(ref total, local.Count);
                    lock (produced)
                    {
                        finishSink(local.Sink);
                    }
                });
            produced[r] = total;
        }

        return produced;
    }

    private static bool SeenEarlier(ulong[][] keys, int ruleIndex, int i, int j)
    {
        for (var k = 0; k < ruleIndex; k++)
        {
            var ki = keys[k][i];
            if (ki != 0 && ki == keys[k][j])
            {
                return true;
            }
        }

        return false;
    }
}
