using System.Collections.Frozen;

namespace Tessera.Core.Modules.Language.Contracts;

/// <summary>One sentence's tokens (<see cref="From"/> up to, not including, <see cref="To"/>) and what it contains.</summary>
internal readonly struct Sentence(string text, List<Token> tokens, int from, int to)
{
    public static readonly char[] Quotes = ['"', '“', '”'];

    public string Text => text;
    public List<Token> Tokens => tokens;
    public int From => from;
    public int To => to;

    public (int Start, int Length) Span(int first, int count)
    {
        var start = tokens[first].Start;
        var last = tokens[first + count - 1];
        return (start, last.Start + last.Length - start);
    }

    /// <summary>Numbers, quotes, a colon or words of seeing and telling: the sentence gives facts, not only a label.</summary>
    public bool HasFacts()
    {
        if (CharactersInclude(c => char.IsDigit(c) || c is ':' || Quotes.Contains(c)))
        {
            return true;
        }

        return AnyWord(FactWords) || HasPair("for", "example") || HasPair("such", "as");
    }

    /// <summary>Marked as a view ("I think", "seemed") or tied to something seen or heard ("because", "saw").</summary>
    public bool IsHedgedOrObserved() =>
        AnyWord(HedgeWords) || HasPair("i", "think") || HasPair("i", "feel") || HasPair("i", "believe")
        || HasPair("my", "view") || HasPair("my", "opinion") || HasFacts();

    /// <summary>
    /// The start of "subject + is/was + (adverbs)" ending just before token <paramref name="judgement"/>, where the
    /// subject is a person ("mother", "he", a name): "Mum is neglectful", "she's very aggressive".
    /// </summary>
    public int? SubjectBefore(int judgement)
    {
        var k = judgement - 1;
        while (k >= from && Adverbs.Contains(tokens[k].Lower))
        {
            k--;
        }

        if (k < from)
        {
            return null;
        }

        var verb = tokens[k];
        if (verb.ApostropheS && IsPerson(k))
        {
            return k;
        }

        var perfect = verb.Lower is "has" or "have" or "had" && k + 1 < to && tokens[k + 1].Lower == "been";
        if (!(Copulas.Contains(verb.Lower) || perfect) || k - 1 < from)
        {
            return null;
        }

        var subject = k - 1;
        if (!IsPerson(subject))
        {
            return null;
        }

        // "The mother" or "the child's father": start the span at the determiner or owner for readability.
        while (subject - 1 >= from && (Determiners.Contains(tokens[subject - 1].Lower) || tokens[subject - 1].ApostropheS))
        {
            subject--;
        }

        return subject;
    }

    /// <summary>A child's words or views: a person who is not a known adult said, told, wants or feels something.</summary>
    public bool GivesChildVoice()
    {
        for (var i = from; i < to; i++)
        {
            if (!VoiceVerbs.Contains(tokens[i].Lower))
            {
                continue;
            }

            for (var k = Math.Max(from, i - 4); k < i; k++)
            {
                var word = tokens[k];
                if (ChildWords.Contains(word.Lower)
                    || (char.IsUpper(word.Core[0]) && word.Length > 1 && !AdultWords.Contains(word.Lower) && !NotNames.Contains(word.Lower)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsPerson(int index)
    {
        var token = tokens[index];
        return PersonWords.Contains(token.Lower)
            || (char.IsUpper(token.Core[0]) && token.Length > 1 && !token.Core.All(char.IsUpper) && !NotNames.Contains(token.Lower));
    }

    private bool CharactersInclude(Func<char, bool> test)
    {
        var start = tokens[from].Start;
        var end = tokens[to - 1].Start + tokens[to - 1].Length;
        // Include the closing punctuation and quotes just after the last word.
        while (end < text.Length && text[end] is not '\n' && end - tokens[to - 1].Start < tokens[to - 1].Length + 3)
        {
            end++;
        }

        for (var i = Math.Max(0, start - 1); i < end; i++)
        {
            if (test(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyWord(FrozenSet<string> words)
    {
        for (var i = from; i < to; i++)
        {
            if (words.Contains(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPair(string first, string second)
    {
        for (var i = from; i + 1 < to; i++)
        {
            if (tokens[i].Lower == first && tokens[i + 1].Lower == second)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> FactWords = Set(
        "saw", "seen", "see", "observed", "noticed", "found", "smelt", "smelled", "heard", "told", "said", "says",
        "described", "showed", "because", "including", "photographed", "counted", "measured", "recorded", "reported");

    private static readonly FrozenSet<string> HedgeWords = Set(
        "appears", "appeared", "seems", "seemed", "may", "might", "possibly", "perhaps", "view", "opinion", "worried",
        "concerned", "alleged", "allegedly", "reportedly", "when", "after");

    private static readonly FrozenSet<string> Copulas = Set("is", "was", "are", "were", "be");

    private static readonly FrozenSet<string> Adverbs = Set(
        "very", "really", "so", "extremely", "clearly", "completely", "totally", "quite", "always", "often", "just",
        "increasingly", "becoming", "become", "became", "obviously", "highly", "deeply", "also", "still", "too", "not",
        "been", "being", "a", "an", "such", "the");

    private static readonly FrozenSet<string> Determiners = Set(
        "the", "this", "that", "his", "her", "their", "our", "new", "older", "younger", "eldest", "oldest", "current", "ex",
        "birth", "biological", "maternal", "paternal", "own");

    private static readonly FrozenSet<string> PersonWords = Set(
        "mother", "mum", "mom", "father", "dad", "parent", "parents", "carer", "carers", "stepfather", "stepdad",
        "stepmother", "stepmum", "partner", "boyfriend", "girlfriend", "grandmother", "grandfather", "nan", "gran",
        "grandad", "grandma", "he", "she", "they", "family", "uncle", "aunt", "auntie", "brother", "sister", "man", "woman",
        "foster", "guardian", "household", "son", "daughter", "child", "teenager", "baby");

    private static readonly FrozenSet<string> ChildWords = Set(
        "child", "children", "pupil", "student", "boy", "girl", "son", "daughter", "he", "she", "they", "young", "baby",
        "toddler", "teenager", "sibling", "siblings");

    private static readonly FrozenSet<string> AdultWords = Set(
        "mum", "mother", "dad", "father", "teacher", "officer", "nurse", "doctor", "gp", "social", "worker", "manager",
        "police", "school", "staff", "the", "we", "carer", "grandmother", "nan", "partner", "stepfather", "neighbour", "mr",
        "mrs", "ms", "miss", "dr", "pc", "i");

    private static readonly FrozenSet<string> NotNames = Set(
        "the", "this", "that", "there", "it", "home", "school", "today", "yesterday", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "police", "staff", "nobody", "everyone", "nothing", "what", "which");

    private static readonly FrozenSet<string> VoiceVerbs = Set(
        "said", "says", "told", "tells", "telling", "asked", "explained", "described", "wants", "wanted", "wishes",
        "wished", "feels", "felt", "likes", "loves", "hates", "disclosed", "shared", "stated");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
