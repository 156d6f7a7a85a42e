namespace Tessera.Core.Modules.Sharing.Calendar;

/// <summary>
/// A bank holiday in England and Wales. Held as rows because the dates change by proclamation (an extra holiday for
/// a coronation, a moved May holiday); a change is an edit, not a release.
/// </summary>
public class BankHoliday
{
    public const int NameMaxLength = 100;

    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}
