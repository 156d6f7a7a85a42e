using Tessera.Linkage.Records;

namespace Tessera.Linkage.Blocking;

/// <summary>
/// A rule's blocks: record indices sorted by key, with the start of each block of two or more. Blocks larger than the cap
/// are skipped and reported (a key shared by thousands, such as a placeholder date, says nothing about identity).
/// </summary>
public sealed class Blocks
{
    private Blocks(BlockingRule rule, int[] order, int[] starts, ulong[] keysByRecord, long pairs, int skippedBlocks, long skippedPairs)
    {
        Rule = rule;
        Order = order;
        Starts = starts;
        KeysByRecord = keysByRecord;
        Pairs = pairs;
        SkippedBlocks = skippedBlocks;
        SkippedPairs = skippedPairs;
    }

    public BlockingRule Rule { get; }

    /// <summary>Record indices grouped by key.</summary>
    public int[] Order { get; }

    /// <summary>Start of each kept block in <see cref="Order"/>, plus a final end marker.</summary>
    public int[] Starts { get; }

    /// <summary>Each record's key (0 when it is not in the rule), to test whether an earlier rule already produced a pair.</summary>
    public ulong[] KeysByRecord { get; }

    /// <summary>Pairs inside the kept blocks, before removing those an earlier rule produced.</summary>
    public long Pairs { get; }

    public int SkippedBlocks { get; }

    public long SkippedPairs { get; }

    public int BlockCount => Starts.Length - 1;

    /// <summary>Every k-th block, for training on a sample without walking every pair.</summary>
    public Blocks Sample(int keepOneIn)
    {
        if (keepOneIn <= 1)
        {
            return this;
        }

        var starts = new List<int>();
        var order = new List<int>();
        long pairs = 0;
        for (var b = 0; b < BlockCount; b += keepOneIn)
        {
            starts.Add(order.Count);
            long size = Starts[b + 1] - Starts[b];
            order.AddRange(Order.AsSpan(Starts[b], (int)size).ToArray());
            pairs += size * (size - 1) / 2;
        }

        starts.Add(order.Count);
        return new Blocks(Rule, [.. order], [.. starts], KeysByRecord, pairs, SkippedBlocks, SkippedPairs);
    }

    public static Blocks Build(BlockingRule rule, RecordSet records, int maxBlockSize)
    {
        var names = records.Names.Snapshot();
        maxBlockSize = rule.MaxBlockSize is { } cap ? Math.Min(cap, maxBlockSize) : maxBlockSize;
        var n = records.Count;
        var keysByRecord = new ulong[n];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            keysByRecord[i] = rule.Key(records, names, i);
            if (keysByRecord[i] != 0)
            {
                count++;
            }
        }

        var keys = new ulong[count];
        var order = new int[count];
        for (int i = 0, k = 0; i < n; i++)
        {
            if (keysByRecord[i] != 0)
            {
                keys[k] = keysByRecord[i];
                order[k++] = i;
            }
        }

        Array.Sort(keys, order);
        var starts = new List<int>();
        long pairs = 0, skippedPairs = 0;
        var skippedBlocks = 0;
        var kept = new int[count];
        var keptCount = 0;
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            long size = end - start;
            if (size >= 2)
            {
                if (size > maxBlockSize)
                {
                    // A skipped block produced no pairs, so later rules must not treat its pairs as already seen.
                    for (var k = start; k < end; k++)
                    {
                        keysByRecord[order[k]] = 0;
                    }

                    skippedBlocks++;
                    skippedPairs += size * (size - 1) / 2;
                }
                else
                {
                    starts.Add(keptCount);
                    Array.Copy(order, start, kept, keptCount, size);
                    keptCount += (int)size;
                    pairs += size * (size - 1) / 2;
                }
            }

            start = end;
        }

        starts.Add(keptCount);
        Array.Resize(ref kept, keptCount);
        return new Blocks(rule, kept, [.. starts], keysByRecord, pairs, skippedBlocks, skippedPairs);
    }
}
