using System.Collections.Frozen;

namespace Tessera.Core.Modules.Language.Contracts;

/// <summary>An agency term as the index knows it: the shared term it means, that term's definition and who uses it (0 = any agency).</summary>
public sealed record AgencyTermEntry(string AgencyTerm, int UsedBy, string SharedTerm, string Definition);

/// <summary>Where an agency term appears in a text and the shared term to show beside it.</summary>
public sealed record AgencyTermMatch(int Start, int Length, string AgencyTerm, string SharedTerm, string Definition);

/// <summary>
/// Finds agency-specific terms in free text ("DA", "LAC") so pages can show the shared term beside them. Pure: built
/// from the mappings once, then used for any number of texts. Abbreviations in capitals match only in capitals ("DA",
/// not "da"); terms written in lower case match in any case.
/// </summary>
public sealed class AgencyTermIndex
{
    public static readonly AgencyTermIndex Empty = new([]);

    private readonly FrozenDictionary<string, (string[] Words, AgencyTermEntry[] Entries)[]> byFirstWord;

    public AgencyTermIndex(IEnumerable<AgencyTermEntry> entries)
    {
        byFirstWord = entries
            .GroupBy(e => string.Join(' ', Tokens.Words(e.AgencyTerm)), StringComparer.Ordinal)
            .Select(g => (Words: Tokens.Words(g.First().AgencyTerm), Entries: g.ToArray()))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <param name="usedBy">The writer's agency type, so its own meaning of a term wins; null when unknown.</param>
    public IReadOnlyList<AgencyTermMatch> Find(string? text, int? usedBy = null)
    {
        if (string.IsNullOrEmpty(text) || byFirstWord.Count == 0)
        {
            return [];
        }

        var tokens = Tokens.Read(text);
        var matches = new List<AgencyTermMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!byFirstWord.TryGetValue(tokens[i].Lower, out var candidates))
            {
                continue;
            }

            foreach (var (words, entries) in candidates)
            {
                if (i + words.Length > tokens.Count || !SameWords(tokens, i, words))
                {
                    continue;
                }

                var start = tokens[i].Start;
                var last = tokens[i + words.Length - 1];
                var written = text[start..(last.Start + last.Length)];
                var fitting = entries.Where(e => CaseFits(e.AgencyTerm, written)).ToList();
                if (fitting.Count == 0)
                {
                    continue;
                }

                var chosen = fitting.FirstOrDefault(e => e.UsedBy == usedBy) ?? fitting.FirstOrDefault(e => e.UsedBy == 0) ?? fitting[0];
                matches.Add(new AgencyTermMatch(start, written.Length, written, chosen.SharedTerm, chosen.Definition));
                i += words.Length - 1;
                break;
            }
        }

        return matches;
    }

    private static bool SameWords(List<Token> tokens, int at, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[at + k].Lower, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CaseFits(string agencyTerm, string written) =>
        agencyTerm.Any(char.IsUpper)
            ? string.Equals(string.Join(' ', agencyTerm.Split(' ', StringSplitOptions.RemoveEmptyEntries)), string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal)
            : true;
}
