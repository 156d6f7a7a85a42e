namespace Tessera.Linkage.Input;

/// <summary>
/// Which CSV column holds which field: <c>id=COL,given=COL,family=COL,dob=COL,sex=COL,postcode=COL,address=COL,town=COL,nhs=COL</c>
/// (plus <c>email=COL</c>). Any key but id may be left out; <c>COL1+COL2</c> joins columns with a space.
/// </summary>
public sealed class ColumnMap
{
    public static readonly string[] Keys = ["id", "given", "family", "dob", "sex", "postcode", "address", "town", "nhs", "email"];

    private ColumnMap(Dictionary<string, string[]> columns) => Columns = columns;

    public IReadOnlyDictionary<string, string[]> Columns { get; }

    public static ColumnMap Parse(string text)
    {
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == entry.Length - 1)
            {
                throw new FormatException($"map entry '{entry}' should be key=COLUMN");
            }

            var key = entry[..equals].Trim().ToLowerInvariant();
            if (Array.IndexOf(Keys, key) < 0)
            {
                throw new FormatException($"map key '{key}' is not one of {string.Join(", ", Keys)}");
            }

            if (!columns.TryAdd(key, entry[(equals + 1)..].Split('+', StringSplitOptions.TrimEntries)))
            {
                throw new FormatException($"map key '{key}' is given more than once");
            }
        }

        if (!columns.ContainsKey("id"))
        {
            throw new FormatException("map needs id=COLUMN");
        }

        return new ColumnMap(columns);
    }
}
