using System.Globalization;
using System.Text;

namespace Tessera.Linkage.Standardisation;

/// <summary>
/// Puts free text into one comparable form: upper case A–Z and digits, accents removed, punctuation as single spaces,
/// titles and suffixes dropped from names. Agencies type the same name many ways; comparisons only see this form.
/// </summary>
public static class TextCleaner
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "MR", "MRS", "MS", "MISS", "MASTER", "MX", "DR", "PROF", "SIR", "DAME", "LADY", "LORD", "REV", "REVD", "BABY", "INFANT",
        "JR", "JNR", "SR", "SNR", "II", "III", "IV",
    };

    /// <summary>Upper case letters and digits with single spaces; apostrophes vanish (O'Brien → OBRIEN), other punctuation becomes a space.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or '`')
            {
                continue;
            }

            if (c is >= 'a' and <= 'z')
            {
                AppendWithSpace(builder, (char)(c - 32), ref pendingSpace);
            }
            else if (c is >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                AppendWithSpace(builder, c, ref pendingSpace);
            }
            else if (c == 'ß')
            {
                AppendWithSpace(builder, 'S', ref pendingSpace);
                builder.Append('S');
            }
            else if (char.IsLetter(c))
            {
                AppendWithSpace(builder, char.ToUpperInvariant(c), ref pendingSpace);
            }
            else
            {
                pendingSpace = builder.Length > 0;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A person's name part: cleaned, titles and suffixes removed, hyphens and double-barrels kept as space-separated
    /// parts ("Smith-Jones" → "SMITH JONES").
    /// </summary>
    public static string CleanName(string? name)
    {
        var cleaned = Clean(name);
        if (cleaned.Length == 0)
        {
            return "";
        }

        var parts = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!Titles.Contains(part) && !IsAllDigits(part))
            {
                kept.Add(part);
            }
        }

        return string.Join(' ', kept);
    }

    /// <summary>The first part of a name ("MARY JANE" → "MARY"); comparisons use it beside the whole name.</summary>
    public static string FirstPart(string cleanedName)
    {
        var space = cleanedName.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? cleanedName : cleanedName[..space];
    }

    /// <summary>The last part of a name ("SMITH JONES" → "JONES").</summary>
    public static string LastPart(string cleanedName)
    {
        var space = cleanedName.LastIndexOf(' ');
        return space < 0 ? cleanedName : cleanedName[(space + 1)..];
    }

    private static void AppendWithSpace(StringBuilder builder, char c, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }

        builder.Append(c);
    }

    private static bool IsAllDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
