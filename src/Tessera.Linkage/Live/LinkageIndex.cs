using Tessera.Linkage.Blocking;
using Tessera.Linkage.Clustering;
using Tessera.Linkage.Comparison;
using Tessera.Linkage.Model;
using Tessera.Linkage.Records;

namespace Tessera.Linkage.Live;

/// <summary>What to do with a candidate for a new record.</summary>
public enum MatchBand
{
    NoLink,
    Review,
    Link,
}

/// <summary>An indexed record that may be the same person as the new one, with its weight and band.</summary>
public sealed record MatchCandidate(string Id, int Index, double Weight, MatchBand Band, WeightBreakdown Breakdown);

/// <summary>
/// Live matching: records are indexed by the selective blocking rules (key → chain of record indices), and a new
/// record is compared only with the records sharing one of its keys. <see cref="Match"/> does not change the index;
/// <see cref="Add"/> does. Calls are serialised by a lock (one writer, and matching reuses the writer's scratch slot).
/// </summary>
public sealed class LinkageIndex
{
    private readonly Lock _lock = new();
    private readonly RecordSet _records;
    private readonly MatchModel _model;
    private readonly LinkageOptions _options;
    private readonly BlockingRule[] _rules;
    private readonly Dictionary<ulong, int>[] _heads;
    private int[][] _next;
    private int[] _seen = new int[1024];
    private int _generation;

    public LinkageIndex(MatchModel model, LinkageOptions? options = null, RecordSet? records = null)
    {
        _model = model;
        _options = options ?? new LinkageOptions();
        _records = records ?? new RecordSet();

        // Loose rules exist for small batch files; live matching uses the rules that stay selective at any size.
        _rules = [.. _options.BlockingRules.Where(r => r.MaxBlockSize is null)];
        _heads = [.. _rules.Select(_ => new Dictionary<ulong, int>())];
        _next = [.. _rules.Select(_ => new int[Math.Max(16, _records.Count)])];
        var names = _records.Names.Snapshot();
        for (var i = 0; i < _records.Count; i++)
        {
            Link(i, names);
        }
    }

    public int Count => _records.Count;

    public RecordSet Records => _records;

    /// <summary>Adds a record to the index and returns its index.</summary>
    public int Add(PersonRecord record)
    {
        lock (_lock)
        {
            var i = _records.Add(record);
            Link(i, _records.Names.Snapshot());
            return i;
        }
    }

    /// <summary>The indexed records that may be this person, strongest first, at or above the review weight.</summary>
    public IReadOnlyList<MatchCandidate> Match(PersonRecord record, int maxCandidates = 10)
    {
        lock (_lock)
        {
            var probe = _records.Add(record);
            try
            {
                return Candidates(probe, maxCandidates);
            }
            finally
            {
                _records.RemoveLast();
            }
        }
    }

    private List<MatchCandidate> Candidates(int probe, int maxCandidates)
    {
        var names = _records.Names.Snapshot();
        var comparer = new PairComparer(_records);
        if (_seen.Length < _records.Count)
        {
            Array.Resize(ref _seen, _records.Count * 2);
        }

        _generation++;
        var found = new List<ScoredPair>();
        for (var r = 0; r < _rules.Length; r++)
        {
            var key = _rules[r].Key(_records, names, probe);
            if (key == 0 || !_heads[r].TryGetValue(key, out var head))
            {
                continue;
            }

            var next = _next[r];
            var visited = 0;
            for (var i = head; i >= 0 && visited < _options.MaxBlockSize; i = next[i], visited++)
            {
                if (_seen[i] == _generation)
                {
                    continue;
                }

                _seen[i] = _generation;
                var gamma = comparer.Compare(i, probe);
                var weight = _model.Weight(gamma, _records, i);
                if (weight >= _options.ReviewWeight)
                {
                    found.Add(new ScoredPair(i, probe, weight, gamma));
                }
            }
        }

        found.Sort((x, y) => y.Weight.CompareTo(x.Weight));
        var result = new List<MatchCandidate>(Math.Min(maxCandidates, found.Count));
        foreach (var pair in found.Take(maxCandidates))
        {
            var band = pair.Weight >= _options.AutoLinkWeight && MatchModel.AllowsAutoLink(pair.Gamma, _options.HoldDifferentGivenNames) ? MatchBand.Link : MatchBand.Review;
            result.Add(new MatchCandidate(_records.Ids[pair.A], pair.A, pair.Weight, band, _model.Explain(pair.Gamma, _records, pair.A)));
        }

        return result;
    }

    private void Link(int i, string[] names)
    {
        for (var r = 0; r < _rules.Length; r++)
        {
            if (i >= _next[r].Length)
            {
                Array.Resize(ref _next[r], Math.Max(i + 1, _next[r].Length * 2));
            }

            var key = _rules[r].Key(_records, names, i);
            if (key == 0)
            {
                _next[r][i] = -1;
                continue;
            }

            _next[r][i] = _heads[r].TryGetValue(key, out var head) ? head : -1;
            _heads[r][key] = i;
        }
    }
}
