namespace Tessera.Core.Modules.Sharing.Calendar;

/// <summary>The working-day arithmetic, pure so weekends, Christmas and Easter can be tested without a database.</summary>
public static class WorkingDays
{
    /// <summary>UK local time: deadlines are read by people in England and Wales, across the clock changes.</summary>
    public static TimeZoneInfo UkTime { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> bankHolidays) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(date);

    public static DateTimeOffset Add(DateTimeOffset from, int days, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = TimeZoneInfo.ConvertTime(from, UkTime);
        var date = DateOnly.FromDateTime(local.DateTime);
        var timeOfDay = TimeOnly.FromDateTime(local.DateTime);

        if (!IsWorkingDay(date, bankHolidays))
        {
            // Something arriving on a Saturday has had no working time yet: the clock starts on the next working day.
            date = Next(date, bankHolidays);
            timeOfDay = TimeOnly.MinValue;
        }

        for (var i = 0; i < days; i++)
        {
            date = Next(date, bankHolidays);
        }

        var result = date.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        return new DateTimeOffset(result, UkTime.GetUtcOffset(result));
    }

    private static DateOnly Next(DateOnly date, IReadOnlySet<DateOnly> bankHolidays)
    {
        do
        {
            date = date.AddDays(1);
        }
        while (!IsWorkingDay(date, bankHolidays));

        return date;
    }
}
