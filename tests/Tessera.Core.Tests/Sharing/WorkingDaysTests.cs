using Tessera.Core.Modules.Sharing.Calendar;

namespace Tessera.Core.Tests.Sharing;

public sealed class WorkingDaysTests
{
    private static readonly IReadOnlySet<DateOnly> Holidays = BankHolidaySeed.EnglandAndWales.Select(h => h.Date).ToHashSet();

    private static DateTimeOffset Uk(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, WorkingDays.UkTime.GetUtcOffset(local));
    }

    public static TheoryData<DateTimeOffset, int, DateTimeOffset> Cases => new()
    {
        // An ordinary weekday.
        { Uk(2026, 11, 24, 10), 1, Uk(2026, 11, 25, 10) },

        // Friday afternoon to Monday afternoon, across the weekend.
        { Uk(2026, 11, 27, 15, 30), 1, Uk(2026, 11, 30, 15, 30) },

        // Arriving on a Saturday: the whole of Monday counts, so it is due at the end of Monday.
        { Uk(2026, 11, 28, 11), 1, Uk(2026, 12, 1, 0) },

        // Christmas 2026: Friday 25th, the weekend, and Boxing Day's substitute on Monday 28th.
        { Uk(2026, 12, 24, 10), 1, Uk(2026, 12, 29, 10) },

        // Christmas 2027 falls on a Saturday: both substitute days (27th and 28th) are skipped.
        { Uk(2027, 12, 24, 9), 1, Uk(2027, 12, 29, 9) },

        // New Year 2028 on a Saturday: its substitute is Monday 3 January.
        { Uk(2027, 12, 31, 16), 1, Uk(2028, 1, 4, 16) },

        // Easter 2027 (Good Friday 26 March, Easter Monday 29 March), with the clocks going forward on the Sunday:
        // the deadline is still 10am in the UK, an hour earlier in UTC.
        { Uk(2027, 3, 25, 10), 1, Uk(2027, 3, 30, 10) },

        // Easter 2026 over several days.
        { Uk(2026, 4, 2, 12), 3, Uk(2026, 4, 9, 12) },

        // Zero days: a working day stays put; a bank holiday moves to the start of the next working day.
        { Uk(2026, 11, 24, 10), 0, Uk(2026, 11, 24, 10) },
        { Uk(2026, 8, 31, 10), 0, Uk(2026, 9, 1, 0) },

        // A working week that starts over the spring bank holiday.
        { Uk(2026, 5, 22, 9), 5, Uk(2026, 6, 1, 9) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Adds_working_days_skipping_weekends_and_bank_holidays(DateTimeOffset from, int days, DateTimeOffset expected)
    {
        var due = WorkingDays.Add(from, days, Holidays);

        Assert.Equal(expected.UtcDateTime, due.UtcDateTime);
        Assert.Equal(WorkingDays.UkTime.GetUtcOffset(due.UtcDateTime), due.Offset);
    }

    [Fact]
    public void The_clocks_change_keeps_local_time_not_utc()
    {
        var due = WorkingDays.Add(Uk(2027, 3, 25, 10), 1, Holidays);

        Assert.Equal(new DateTime(2027, 3, 30, 9, 0, 0, DateTimeKind.Utc), due.UtcDateTime);
    }

    [Fact]
    public void Negative_days_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(Uk(2026, 11, 24, 10), -1, Holidays));

    [Fact]
    public void Seeded_bank_holidays_are_eight_weekdays_a_year()
    {
        foreach (var year in Enumerable.Range(2025, 4))
        {
            var dates = BankHolidaySeed.EnglandAndWales.Where(h => h.Date.Year == year).Select(h => h.Date).ToList();
            Assert.Equal(8, dates.Count);
            Assert.All(dates, d => Assert.True(d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d} is a weekend"));
        }
    }

    [Fact]
    public void Good_friday_and_easter_monday_follow_easter_sunday()
    {
        foreach (var year in Enumerable.Range(2025, 4))
        {
            var easter = EasterSunday(year);
            Assert.Contains(easter.AddDays(-2), Holidays);
            Assert.Contains(easter.AddDays(1), Holidays);
        }
    }

    /// <summary>The anonymous Gregorian algorithm, independent of the seed, to check the seed's Easter dates.</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
