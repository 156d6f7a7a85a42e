namespace Tessera.Linkage.Records;

/// <summary>
/// Interns strings as small integers (0 means missing) and counts how often each occurs, so records hold ids, equality
/// is an integer test, and term frequencies come free. Not thread-safe while adding.
/// </summary>
public sealed class TokenTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = [""];
    private readonly List<int> _counts = [0];

    public int Count => _values.Count;

    public int Intern(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _values.Count;
            _ids.Add(value, id);
            _values.Add(value);
            _counts.Add(0);
        }

        _counts[id]++;
        return id;
    }

    /// <summary>The id of a value already seen, without counting it; 0 when unknown.</summary>
    public int Find(string value) => value.Length == 0 ? 0 : _ids.GetValueOrDefault(value);

    public string Value(int id) => _values[id];

    public int Frequency(int id) => _counts[id];

    /// <summary>The values as an array indexed by id, for lock-free reads during parallel scoring.</summary>
    public string[] Snapshot() => [.. _values];
}
