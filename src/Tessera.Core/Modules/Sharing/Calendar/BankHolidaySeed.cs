namespace Tessera.Core.Modules.Sharing.Calendar;

/// <summary>England and Wales bank holidays 2025–2028 as published on GOV.UK; later years are added as data.</summary>
public static class BankHolidaySeed
{
    public static IReadOnlyList<BankHoliday> EnglandAndWales { get; } =
    [
        Holiday(2025, 1, 1, "New Year's Day"), Holiday(2025, 4, 18, "Good Friday"), Holiday(2025, 4, 21, "Easter Monday"),
        Holiday(2025, 5, 5, "Early May bank holiday"), Holiday(2025, 5, 26, "Spring bank holiday"), Holiday(2025, 8, 25, "Summer bank holiday"),
        Holiday(2025, 12, 25, "Christmas Day"), Holiday(2025, 12, 26, "Boxing Day"),
        Holiday(2026, 1, 1, "New Year's Day"), Holiday(2026, 4, 3, "Good Friday"), Holiday(2026, 4, 6, "Easter Monday"),
        Holiday(2026, 5, 4, "Early May bank holiday"), Holiday(2026, 5, 25, "Spring bank holiday"), Holiday(2026, 8, 31, "Summer bank holiday"),
        Holiday(2026, 12, 25, "Christmas Day"), Holiday(2026, 12, 28, "Boxing Day (substitute day)"),
        Holiday(2027, 1, 1, "New Year's Day"), Holiday(2027, 3, 26, "Good Friday"), Holiday(2027, 3, 29, "Easter Monday"),
        Holiday(2027, 5, 3, "Early May bank holiday"), Holiday(2027, 5, 31, "Spring bank holiday"), Holiday(2027, 8, 30, "Summer bank holiday"),
        Holiday(2027, 12, 27, "Christmas Day (substitute day)"), Holiday(2027, 12, 28, "Boxing Day (substitute day)"),
        Holiday(2028, 1, 3, "New Year's Day (substitute day)"), Holiday(2028, 4, 14, "Good Friday"), Holiday(2028, 4, 17, "Easter Monday"),
        Holiday(2028, 5, 1, "Early May bank holiday"), Holiday(2028, 5, 29, "Spring bank holiday"), Holiday(2028, 8, 28, "Summer bank holiday"),
        Holiday(2028, 12, 25, "Christmas Day"), Holiday(2028, 12, 26, "Boxing Day"),
    ];

    private static BankHoliday Holiday(int year, int month, int day, string name) => new() { Date = new DateOnly(year, month, day), Name = name };
}
