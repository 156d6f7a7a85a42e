namespace Tessera.Core.Modules.Children.Identifiers;

/// <summary>
/// The NHS number: ten digits, the last a modulus 11 check digit. The Children's Wellbeing and Schools Act 2026
/// makes it the consistent identifier, so invalid numbers are refused rather than stored.
/// </summary>
public static class NhsNumber
{
    /// <summary>Strips spaces and hyphens, the ways people usually write it ("943 476 5919").</summary>
    public static string Normalise(string value) =>
        new(value.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var digits = Normalise(value);
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var check = CheckDigit(digits.AsSpan(0, 9));
        return check is not null && check == digits[9] - '0';
    }

    /// <summary>The check digit for nine digits, or null when the remainder makes the number unusable.</summary>
    public static int? CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nineDigits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    public static string Format(string digits) =>
        digits.Length == 10 ? $"{digits[..3]} {digits[3..6]} {digits[6..]}" : digits;
}
