using System.Globalization;
using Tessera.Core.Validation;

namespace Tessera.Web.Pages.Shared;

/// <summary>The day, month and year boxes of a GOV.UK date input, kept as typed so a mistake is shown back as entered.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();

    /// <summary>Parses the boxes, adding a GOV.UK-style error naming what is wrong. Empty is allowed unless required.</summary>
    public DateOnly? Parse(ValidationErrors errors, string field, string label, bool required)
    {
        if (IsEmpty)
        {
            if (required)
            {
                errors.Add(field, $"Enter {label.ToLowerInvariant()}");
            }

            return null;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day)) { missing.Add("day"); }
        if (string.IsNullOrWhiteSpace(Month)) { missing.Add("month"); }
        if (string.IsNullOrWhiteSpace(Year)) { missing.Add("year"); }
        if (missing.Count > 0)
        {
            errors.Add(field, $"{label} must include a {string.Join(" and ", missing)}");
            return null;
        }

        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || Year!.Trim().Length != 4
            || month is < 1 or > 12
            || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            errors.Add(field, $"{label} must be a real date");
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
