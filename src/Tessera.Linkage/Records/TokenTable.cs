namespace Tessera.Linkage.Records;

/// <summary>
/// Interns strings as small integers (0 means missing) and counts how often each occurs, so records hold ids, equality
/// is an integer test, and term frequencies come free. One writer at a time; readers use <see cref="Values"/>.
/// </summary>
public sealed class TokenTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private string[] _values = new string[64];
    private int[] _counts = new int[64];

    public TokenTable()
    {
        _values[0] = "";
        Count = 1;
    }

    public int Count { get; private set; }

    /// <summary>The values by id (the array may be longer than <see cref="Count"/>); read it again after adding.</summary>
    public string[] Values => _values;

    public int Intern(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = Count++;
            if (id == _values.Length)
            {
                Array.Resize(ref _values, _values.Length * 2);
                Array.Resize(ref _counts, _counts.Length * 2);
            }

            _ids.Add(value, id);
            _values[id] = value;
        }

        _counts[id]++;
        return id;
    }

    /// <summary>The id of a value already seen, without counting it; 0 when unknown.</summary>
    public int Find(string value) => value.Length == 0 ? 0 : _ids.GetValueOrDefault(value);

    public string Value(int id) => _values[id];

    public int Frequency(int id) => _counts[id];

    /// <summary>The values by id, for lock-free reads during parallel scoring (no copy: do not add meanwhile).</summary>
    public string[] Snapshot() => _values;
}
