namespace Tessera.Core.Modules.Sharing.Contracts;

/// <summary>
/// Working days in England and Wales: weekends and bank holidays (held as data, so a new or moved bank holiday is
/// a row, not a release). Escalation deadlines are counted on it.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>
    /// The same UK local time <paramref name="days"/> working days later. A start on a weekend or bank holiday counts
    /// from the beginning of the next working day, so "one working day" always means one whole working day.
    /// </summary>
    Task<DateTimeOffset> AddWorkingDaysAsync(DateTimeOffset from, int days, CancellationToken cancellationToken = default);
}
