using System.Globalization;

namespace Tessera.Linkage.Standardisation;

/// <summary>
/// Tolerant date parsing to a yyyymmdd number: ISO (2014-03-07), compact (20140307), British day-first (7/3/2014,
/// 07.03.14) and written months (7 March 2014). Impossible dates (31 February) are rejected, not guessed.
/// </summary>
public static class DateOfBirth
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>The date as yyyymmdd, or 0 when blank; <paramref name="valid"/> is false when text was given but is no real date.</summary>
    public static int Parse(string? text, out bool valid)
    {
        valid = true;
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var parts = text.Trim().Split(['-', '/', '.', ' ', ','], StringSplitOptions.RemoveEmptyEntries);
        int year, month, day;
        if (parts.Length == 1 && parts[0].Length == 8 && IsDigits(parts[0]))
        {
            var n = int.Parse(parts[0], CultureInfo.InvariantCulture);
            year = n / 10000;
            month = n / 100 % 100;
            day = n % 100;
        }
        else if (parts.Length == 3)
        {
            // A time after the date ("2014-03-07T00:00:00") is dropped before splitting.
            var last = parts[2];
            var t = last.IndexOf('T', StringComparison.Ordinal);
            if (t > 0)
            {
                last = last[..t];
            }

            if (parts[0].Length == 4 && IsDigits(parts[0]))
            {
                year = ToInt(parts[0]);
                month = MonthNumber(parts[1]);
                day = ToInt(last);
            }
            else
            {
                day = ToInt(parts[0]);
                month = MonthNumber(parts[1]);
                year = ToInt(last);
                if (last.Length == 2 && year >= 0)
                {
                    // Two-digit years are children's: 00–29 are this century.
                    year += year < 30 ? 2000 : 1900;
                }
            }
        }
        else
        {
            valid = false;
            return 0;
        }

        if (year is < 1850 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            valid = false;
            return 0;
        }

        return (year * 10000) + (month * 100) + day;
    }

    public static int Parse(string? text) => Parse(text, out _);

    private static int MonthNumber(string text)
    {
        if (IsDigits(text))
        {
            return ToInt(text);
        }

        if (text.Length < 3)
        {
            return -1;
        }

        var prefix = text[..3].ToUpperInvariant();
        return Array.IndexOf(Months, prefix) + 1 is var m && m > 0 ? m : -1;
    }

    private static int ToInt(string text) =>
        text.Length is > 0 and <= 4 && IsDigits(text) ? int.Parse(text, CultureInfo.InvariantCulture) : -1;

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
