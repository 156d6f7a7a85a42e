namespace Tessera.Core.Modules.Language.Contracts;

/// <summary>A word in the text. <see cref="Core"/> drops a trailing "'s", so "Mum's" is "Mum" with <see cref="ApostropheS"/>.</summary>
internal readonly record struct Token(int Start, int Length, string Core, string Lower, bool ApostropheS, int Sentence);

/// <summary>Splits text into words and sentences in one pass, without regular expressions, so long notes stay fast.</summary>
internal static class Tokens
{
    public static string[] Words(string text) => Read(text).Select(t => t.Lower).ToArray();

    public static List<Token> Read(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var sentence = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (EndsSentence(text, i, tokens))
                {
                    sentence++;
                }

                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                else if (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            var word = text[start..i];
            var apostropheS = word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase));
            var core = apostropheS ? word[..^2] : word;
            tokens.Add(new Token(start, core.Length, core, core.ToLowerInvariant(), apostropheS, sentence));
        }

        return tokens;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '/' or '&';

    /// <summary>
    /// A full stop, question or exclamation mark followed by a space ends a sentence, as does a line break; the full
    /// stop after a single capital ("J. said") or a title ("Mr.") does not.
    /// </summary>
    private static bool EndsSentence(string text, int i, List<Token> tokens)
    {
        var c = text[i];
        if (c is '\n')
        {
            return true;
        }

        if (c is not ('.' or '!' or '?') || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('"' or '”' or ')')))
        {
            return false;
        }

        if (c == '.' && tokens.Count > 0)
        {
            var last = tokens[^1];
            if (last.Start + last.Length + (last.ApostropheS ? 2 : 0) == i
                && ((last.Length == 1 && char.IsUpper(last.Core[0])) || last.Lower is "mr" or "mrs" or "ms" or "dr" or "miss"))
            {
                return false;
            }
        }

        return true;
    }
}
