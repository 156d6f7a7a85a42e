namespace Tessera.Linkage.Standardisation;

/// <summary>NHS numbers: ten digits, the last a modulus-11 check digit. An invalid one is treated as missing, never as a match key.</summary>
public static class NhsNumber
{
    /// <summary>The number as a long, or 0 when missing or invalid. Spaces and hyphens are allowed between digits.</summary>
    public static long Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        Span<int> digits = stackalloc int[10];
        var count = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (count == 10)
                {
                    return 0;
                }

                digits[count++] = c - '0';
            }
            else if (c is not (' ' or '-'))
            {
                return 0;
            }
        }

        if (count != 10 || CheckDigit(digits[..9]) != digits[9])
        {
            return 0;
        }

        long value = 0;
        foreach (var d in digits)
        {
            value = (value * 10) + d;
        }

        return value;
    }

    /// <summary>True when the text holds ten digits (ignoring spaces) that fail the check: worth reporting as a likely typing error.</summary>
    public static bool LooksLikeButFails(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        return digits == 10 && Parse(text) == 0;
    }

    /// <summary>The modulus-11 check digit for nine digits, or -1 when none exists (remainder gives 10).</summary>
    public static int CheckDigit(ReadOnlySpan<int> nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += nineDigits[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }

    /// <summary>Makes a valid number from nine leading digits (as a number below 1,000,000,000), or 0 when those digits have no check digit.</summary>
    public static long FromNineDigits(long leading)
    {
        Span<int> digits = stackalloc int[9];
        var rest = leading;
        for (var i = 8; i >= 0; i--)
        {
            digits[i] = (int)(rest % 10);
            rest /= 10;
        }

        var check = CheckDigit(digits);
        return check < 0 ? 0 : (leading * 10) + check;
    }
}
