using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tessera.Core.Modules.Language.Contracts;

/// <summary>
/// The words the plain-language check knows, shipped as data (<c>Modules/Language/Data/plain-language-lexicon.json</c>)
/// so they can be reviewed and extended without touching the rules.
/// </summary>
public sealed class PlainLanguageLexicon
{
    private const string ResourceName = "Tessera.Core.Language.plain-language-lexicon.json";

    private static readonly Lazy<PlainLanguageLexicon> Shipped = new(LoadShipped);

    public static PlainLanguageLexicon Default => Shipped.Value;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Abbreviations by their exact spelling: "BF" and "bf" are both listed; "Da" is not an abbreviation.</summary>
    internal FrozenDictionary<string, LexiconEntry> Abbreviations { get; }
    internal FrozenSet<string> Understood { get; }
    internal PhraseTable Jargon { get; }
    internal PhraseTable Vague { get; }
    internal PhraseTable Judgements { get; }

    public PlainLanguageLexicon(IReadOnlyList<LexiconEntry> entries)
    {
        Entries = entries;
        Abbreviations = entries.Where(e => e.Kind == LexiconKind.Abbreviation)
            .GroupBy(e => e.Term, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Understood = entries.Where(e => e.Kind == LexiconKind.Understood).Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
        Jargon = new PhraseTable(entries.Where(e => e.Kind == LexiconKind.Jargon));
        Vague = new PhraseTable(entries.Where(e => e.Kind == LexiconKind.Vague));
        Judgements = new PhraseTable(entries.Where(e => e.Kind == LexiconKind.Judgement));
    }

    public static PlainLanguageLexicon Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<LexiconFile>(json, Json) ?? throw new InvalidDataException("The lexicon is empty.");
        return new PlainLanguageLexicon(file.Entries);
    }

    private static PlainLanguageLexicon LoadShipped()
    {
        using var stream = typeof(PlainLanguageLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The plain-language lexicon {ResourceName} is not embedded.");
        return Parse(stream);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private sealed record LexiconFile(IReadOnlyList<LexiconEntry> Entries);
}

public enum LexiconKind
{
    Abbreviation,
    Jargon,
    Vague,
    Judgement,
    Understood,
}

/// <summary>A word or phrase and, for abbreviations and jargon, the plainer words; for vague phrases, what to write instead.</summary>
public sealed record LexiconEntry(LexiconKind Kind, string Term, string? Plain = null);

/// <summary>Multi-word phrases keyed by their first word, longest first, so "chaotic lifestyle" wins over "chaotic".</summary>
internal sealed class PhraseTable
{
    private readonly FrozenDictionary<string, (string[] Words, LexiconEntry Entry)[]> byFirstWord;

    public PhraseTable(IEnumerable<LexiconEntry> entries)
    {
        byFirstWord = entries
            .Select(e => (Words: Tokens.Words(e.Term.ToLowerInvariant()), Entry: e))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, and how many tokens it covers.</summary>
    public (LexiconEntry Entry, int Count)? Match(IReadOnlyList<Token> tokens, int index, int end)
    {
        if (!byFirstWord.TryGetValue(tokens[index].Lower, out var candidates))
        {
            return null;
        }

        foreach (var (words, entry) in candidates)
        {
            if (index + words.Length > end)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < words.Length && all; k++)
            {
                all = string.Equals(tokens[index + k].Lower, words[k], StringComparison.Ordinal);
            }

            if (all)
            {
                return (entry, words.Length);
            }
        }

        return null;
    }
}
