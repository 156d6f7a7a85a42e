namespace Tessera.Core.Modules.Reporting.Services;

/// <summary>A reporting date a lead can choose: today, or the end of the last month, quarter or year.</summary>
public sealed record AsAtChoice(string Key, string Text, DateOnly AsAt);

public static class ReportPeriods
{
    public static IReadOnlyList<AsAtChoice> AsAtChoices(DateOnly today)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var yearStart = new DateOnly(today.Year, 1, 1);
        return
        [
            new("today", $"Today ({Text(today)})", today),
            new("month", $"End of last month ({Text(monthStart.AddDays(-1))})", monthStart.AddDays(-1)),
            new("quarter", $"End of last quarter ({Text(quarterStart.AddDays(-1))})", quarterStart.AddDays(-1)),
            new("year", $"End of last year ({Text(yearStart.AddDays(-1))})", yearStart.AddDays(-1)),
        ];
    }

    private static string Text(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
