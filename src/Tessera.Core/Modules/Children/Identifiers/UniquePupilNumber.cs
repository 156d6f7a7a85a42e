namespace Tessera.Core.Modules.Children.Identifiers;

/// <summary>
/// The unique pupil number: 13 characters, a check letter first. The DfE algorithm weights characters 2 to 13
/// by their position, takes the sum modulo 23 and maps it to a letter (I, O and S are never used).
/// Character 13 may be a letter in a temporary UPN; it takes its value from the same alphabet.
/// </summary>
public static class UniquePupilNumber
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public static string Normalise(string value) =>
        new(value.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var upn = Normalise(value);
        if (upn.Length != 13 || !upn.AsSpan(1, 11).ContainsOnlyDigits())
        {
            return false;
        }

        var expected = CheckLetter(upn.AsSpan(1));
        return expected is not null && expected == upn[0];
    }

    /// <summary>The check letter for the twelve characters after it, or null if they are not well formed.</summary>
    public static char? CheckLetter(ReadOnlySpan<char> twelve)
    {
        if (twelve.Length != 12)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = twelve[i];
            int value;
            if (char.IsAsciiDigit(c))
            {
                value = c - '0';
            }
            else if (i == 11 && Alphabet.Contains(c))
            {
                value = Alphabet.IndexOf(c);
            }
            else
            {
                return null;
            }

            sum += value * (i + 2);
        }

        return Alphabet[sum % 23];
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
