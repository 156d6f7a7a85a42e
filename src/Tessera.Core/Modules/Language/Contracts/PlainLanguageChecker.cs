using System.Collections.Frozen;

namespace Tessera.Core.Modules.Language.Contracts;

/// <summary>
/// Points out wording that another agency may misread: unexplained abbreviations and initials, jargon with a plainer
/// alternative, vague phrases with no facts, opinion written as fact and a missing child's voice. Pure and rule-based
/// (no database, no web), so concerns, share summaries and notes can all use it; it advises and never blocks.
/// </summary>
public sealed class PlainLanguageChecker(PlainLanguageLexicon lexicon)
{
    /// <summary>Texts longer than this are checked only up to here, so an enormous paste cannot hold a request.</summary>
    public const int MaximumLength = 100_000;

    public PlainLanguageChecker()
        : this(PlainLanguageLexicon.Default)
    {
    }

    public IReadOnlyList<WordingFinding> Check(string? text, WordingCheckOptions? options = null)
    {
        options ??= WordingCheckOptions.Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (text.Length > MaximumLength)
        {
            text = text[..MaximumLength];
        }

        var tokens = Tokens.Read(text);
        var findings = new List<WordingFinding>();
        var explained = ExplainedAbbreviations(text, tokens);
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        var voiceHeard = false;
        var start = 0;
        while (start < tokens.Count)
        {
            var end = start;
            while (end < tokens.Count && tokens[end].Sentence == tokens[start].Sentence)
            {
                end++;
            }

            var sentence = new Sentence(text, tokens, start, end);
            Abbreviations(sentence, explained, flagged, findings);
            Phrases(sentence, findings);
            voiceHeard |= sentence.GivesChildVoice();
            start = end;
        }

        if (options.ExpectChildVoice && !voiceHeard && text.IndexOfAny(Sentence.Quotes) < 0)
        {
            findings.Add(new WordingFinding(WordingIssue.MissingChildVoice, 0, 0, "",
                "The child's own words or views are not recorded.",
                "Add what the child said, in their words where you can, or say why you could not ask them."));
        }

        findings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return findings;
    }

    private void Abbreviations(Sentence sentence, HashSet<string> explained, HashSet<string> flagged, List<WordingFinding> findings)
    {
        for (var i = sentence.From; i < sentence.To; i++)
        {
            var token = sentence.Tokens[i];
            var core = token.Core;
            if (explained.Contains(core) || flagged.Contains(core))
            {
                continue;
            }

            if (lexicon.Abbreviations.TryGetValue(core, out var known))
            {
                flagged.Add(core);
                findings.Add(new WordingFinding(WordingIssue.UnexplainedAbbreviation, token.Start, token.Length, core,
                    $"Not everyone knows what \"{core}\" means.",
                    $"Write \"{known.Plain}\", or \"{known.Plain} ({core})\" the first time."));
            }
            else if (IsInitial(sentence, i))
            {
                flagged.Add(core);
                findings.Add(new WordingFinding(WordingIssue.UnexplainedAbbreviation, token.Start, token.Length, core,
                    $"\"{core}\" is an initial: another agency may not know who it means.",
                    "Use the person's name or their relationship to the child, for example \"Jordan (brother, 15)\"."));
            }
            else if (IsUnknownCapitals(core) && !lexicon.Understood.Contains(core) && !lexicon.Understood.Contains(core.TrimEnd('s')))
            {
                flagged.Add(core);
                findings.Add(new WordingFinding(WordingIssue.UnexplainedAbbreviation, token.Start, token.Length, core,
                    $"Not everyone knows what \"{core}\" means.",
                    $"Write it out in full, or explain it the first time, for example \"{core} (…)\"."));
            }
        }
    }

    private void Phrases(Sentence sentence, List<WordingFinding> findings)
    {
        var hasFacts = sentence.HasFacts();
        var hedged = sentence.IsHedgedOrObserved();
        var vagueUntil = sentence.From;
        for (var i = sentence.From; i < sentence.To; i++)
        {
            if (lexicon.Jargon.Match(sentence.Tokens, i, sentence.To) is ({ } jargon, var jargonCount))
            {
                var (jStart, jLength) = sentence.Span(i, jargonCount);
                findings.Add(new WordingFinding(WordingIssue.Jargon, jStart, jLength, sentence.Text.Substring(jStart, jLength),
                    "This is professional jargon that families and other agencies may not share.",
                    $"Try \"{jargon.Plain}\"."));
            }

            if (!hasFacts && i >= vagueUntil && LongestVague(sentence, i) is var (at, vague, vagueCount))
            {
                var (vStart, vLength) = sentence.Span(at, vagueCount);
                findings.Add(new WordingFinding(WordingIssue.VagueWithoutFacts, vStart, vLength, sentence.Text.Substring(vStart, vLength),
                    "This is vague: it does not say what was seen or heard.",
                    vague.Plain ?? "Say what you saw, heard or were told, and when."));
                vagueUntil = at + vagueCount;
            }

            if (!hedged && lexicon.Judgements.Match(sentence.Tokens, i, sentence.To) is (_, var judgementCount)
                && sentence.SubjectBefore(i) is { } subject)
            {
                var (oStart, oLength) = sentence.Span(subject, i - subject + judgementCount);
                findings.Add(new WordingFinding(WordingIssue.OpinionAsFact, oStart, oLength, sentence.Text.Substring(oStart, oLength),
                    "This is an opinion written as a fact, with nothing seen or heard to support it.",
                    "Describe what you saw or were told that led you to this view, or put your view in \"What do you think?\"."));
                i += judgementCount - 1;
            }
        }
    }

    /// <summary>
    /// The vague phrase starting at <paramref name="i"/>, unless a longer one starting inside it covers more: "there are
    /// concerns about home conditions" is one finding about home conditions, not two.
    /// </summary>
    private (int At, LexiconEntry Entry, int Count)? LongestVague(Sentence sentence, int i)
    {
        if (lexicon.Vague.Match(sentence.Tokens, i, sentence.To) is not ({ } entry, var count))
        {
            return null;
        }

        (int At, LexiconEntry Entry, int Count) best = (i, entry, count);
        for (var k = i + 1; k < i + count; k++)
        {
            if (lexicon.Vague.Match(sentence.Tokens, k, sentence.To) is ({ } inner, var innerCount) && innerCount > best.Count)
            {
                best = (k, inner, innerCount);
            }
        }

        return best;
    }

    /// <summary>
    /// A lone capital letter standing for a person: "J said", "told K", "J's mum". The pronoun "I" never is; "A" is
    /// only when a person's verb or a possessive follows; letters after "Year", "Plan", "Room" and the like are labels.
    /// </summary>
    private static bool IsInitial(Sentence sentence, int i)
    {
        var token = sentence.Tokens[i];
        if (token.Length != 1 || !char.IsUpper(token.Core[0]) || token.Core == "I")
        {
            return false;
        }

        if (i > sentence.From && Labels.Contains(sentence.Tokens[i - 1].Lower))
        {
            return false;
        }

        if (token.Core == "A")
        {
            return token.ApostropheS || (i + 1 < sentence.To && PersonVerbs.Contains(sentence.Tokens[i + 1].Lower));
        }

        return true;
    }

    private static bool IsUnknownCapitals(string core)
    {
        var letters = core.EndsWith('s') ? core[..^1] : core;
        if (letters.Length is < 2 or > 6 || !char.IsUpper(letters[0]))
        {
            return false;
        }

        foreach (var c in letters)
        {
            if (!(char.IsUpper(c) || char.IsDigit(c) || c == '&'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Abbreviations explained where they are used: "child in need (CIN)" or "CIN (child in need)".</summary>
    private static HashSet<string> ExplainedAbbreviations(string text, List<Token> tokens)
    {
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var before = token.Start - 1;
            while (before >= 0 && text[before] == ' ')
            {
                before--;
            }

            var after = token.Start + token.Length;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            var opensAfter = after < text.Length && text[after] == '(';
            var wrapped = before >= 0 && text[before] == '(' && after < text.Length && text[after] == ')';
            if ((opensAfter || wrapped) && (token.Length > 1 || char.IsUpper(token.Core[0])))
            {
                explained.Add(token.Core);
            }
        }

        return explained;
    }

    private static readonly FrozenSet<string> Labels = new[]
    {
        "year", "plan", "room", "class", "grade", "vitamin", "block", "ward", "unit", "section", "type", "level", "group",
        "bay", "flat", "house", "floor", "part", "option", "form", "set", "category", "exhibit", "appendix", "stage",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static readonly FrozenSet<string> PersonVerbs = new[]
    {
        "said", "says", "told", "tells", "was", "is", "has", "had", "went", "came", "asked", "and", "did", "does", "stated",
    }.ToFrozenSet(StringComparer.Ordinal);
}
