using System.Text;

namespace Tessera.Linkage.Comparison;

/// <summary>
/// NYSIIS phonetic code (New York State Identification and Intelligence System, Taft 1970), untruncated, as jellyfish
/// computes it: names that sound alike (SMITH, SMYTH) share a code, so a misheard name still blocks and scores together.
/// </summary>
public static class Nysiis
{
    public static string Encode(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is >= 'A' and <= 'Z')
            {
                letters.Append(c);
            }
            else if (c is >= 'a' and <= 'z')
            {
                letters.Append((char)(c - 32));
            }
        }

        if (letters.Length == 0)
        {
            return "";
        }

        var s = letters.ToString();
        s = ReplacePrefix(s);
        s = ReplaceSuffix(s);

        var key = new StringBuilder(s.Length);
        key.Append(s[0]);
        var chars = s.ToCharArray();
        var i = 1;
        while (i < chars.Length)
        {
            var c = chars[i];
            char[] replacement;
            if (c == 'E' && i + 1 < chars.Length && chars[i + 1] == 'V')
            {
                replacement = ['A', 'F'];
            }
            else if (IsVowel(c))
            {
                replacement = ['A'];
            }
            else if (c == 'Q')
            {
                replacement = ['G'];
            }
            else if (c == 'Z')
            {
                replacement = ['S'];
            }
            else if (c == 'M')
            {
                replacement = ['N'];
            }
            else if (c == 'K')
            {
                replacement = i + 1 < chars.Length && chars[i + 1] == 'N' ? ['N'] : ['C'];
            }
            else if (c == 'S' && i + 2 < chars.Length && chars[i + 1] == 'C' && chars[i + 2] == 'H')
            {
                replacement = ['S', 'S', 'S'];
            }
            else if (c == 'P' && i + 1 < chars.Length && chars[i + 1] == 'H')
            {
                replacement = ['F', 'F'];
            }
            else if (c == 'H' && (!IsVowel(chars[i - 1]) || (i + 1 < chars.Length && !IsVowel(chars[i + 1])) || i + 1 == chars.Length))
            {
                replacement = [chars[i - 1]];
            }
            else if (c == 'W' && IsVowel(chars[i - 1]))
            {
                replacement = [chars[i - 1]];
            }
            else
            {
                replacement = [c];
            }

            // The replacement overwrites the source so later rules see it (as the published algorithm does).
            for (var r = 0; r < replacement.Length && i + r < chars.Length; r++)
            {
                chars[i + r] = replacement[r];
            }

            foreach (var rc in replacement)
            {
                if (key[^1] != rc)
                {
                    key.Append(rc);
                }
            }

            i += replacement.Length;
        }

        if (key.Length > 1 && key[^1] == 'S')
        {
            key.Length--;
        }

        if (key.Length > 2 && key[^2] == 'A' && key[^1] == 'Y')
        {
            key.Remove(key.Length - 2, 1);
        }

        if (key.Length > 1 && key[^1] == 'A')
        {
            key.Length--;
        }

        return key.ToString();
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private static string ReplacePrefix(string s)
    {
        if (s.StartsWith("MAC", StringComparison.Ordinal))
        {
            return "MCC" + s[3..];
        }

        if (s.StartsWith("KN", StringComparison.Ordinal))
        {
            return "NN" + s[2..];
        }

        if (s.StartsWith('K'))
        {
            return "C" + s[1..];
        }

        if (s.StartsWith("PH", StringComparison.Ordinal) || s.StartsWith("PF", StringComparison.Ordinal))
        {
            return "FF" + s[2..];
        }

        if (s.StartsWith("SCH", StringComparison.Ordinal))
        {
            return "SSS" + s[3..];
        }

        return s;
    }

    private static string ReplaceSuffix(string s)
    {
        if (s.EndsWith("EE", StringComparison.Ordinal) || s.EndsWith("IE", StringComparison.Ordinal))
        {
            return s[..^2] + "Y";
        }

        if (s.EndsWith("DT", StringComparison.Ordinal) || s.EndsWith("RT", StringComparison.Ordinal) || s.EndsWith("RD", StringComparison.Ordinal)
            || s.EndsWith("NT", StringComparison.Ordinal) || s.EndsWith("ND", StringComparison.Ordinal))
        {
            return s[..^2] + "D";
        }

        return s;
    }
}
