using System.Text.RegularExpressions;

namespace Tessera.Core.Modules.Practice.Services;

/// <summary>
/// Turns whatever a practitioner typed into search terms. Only runs of letters and digits survive, so quotes, stray
/// asterisks, AND/OR/NOT, NEAR, minus signs, colons and brackets are never read as query syntax by FTS5 or to_tsquery:
/// every term is a plain quoted word, matched as a prefix; all must appear. Operators typed in capitals (AND, OR, NOT,
/// NEAR) are dropped rather than obeyed or searched for; in lower case they are ordinary words.
/// </summary>
public static partial class PracticeSearchText
{
    public const int MaxTerms = 12;
    private const int MaxTermLength = 40;

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "NEAR" };

    public static IReadOnlyList<string> Terms(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Word().Matches(text)
                .Where(m => !Operators.Contains(m.Value))
                .Select(m => m.Value.ToLowerInvariant())
                .Select(t => t.Length > MaxTermLength ? t[..MaxTermLength] : t)
                .Distinct()
                .Take(MaxTerms)
                .ToList();

    /// <summary>An FTS5 MATCH expression: each term quoted (it holds no quote) with a prefix star; terms are ANDed.</summary>
    public static string Fts5(IReadOnlyList<string> terms) => string.Join(" ", terms.Select(t => $"\"{t}\"*"));

    /// <summary>A to_tsquery expression: each term (letters and digits only) as a prefix, ANDed.</summary>
    public static string TsQuery(IReadOnlyList<string> terms) => string.Join(" & ", terms.Select(t => $"{t}:*"));

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
