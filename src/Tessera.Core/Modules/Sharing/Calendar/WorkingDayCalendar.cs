using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Calendar;

/// <summary>Reads the bank holidays in the window the deadline could reach, then does the arithmetic in memory.</summary>
public sealed class WorkingDayCalendar(TesseraDbContext db) : IWorkingDayCalendar
{
    public async Task<DateTimeOffset> AddWorkingDaysAsync(DateTimeOffset from, int days, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var start = DateOnly.FromDateTime(from.UtcDateTime).AddDays(-1);

        // A run of working days never needs more than twice its length plus a fortnight of calendar days.
        var end = start.AddDays((days * 2) + 15);
        var holidays = await db.BankHolidays.AsNoTracking()
            .Where(h => h.Date >= start && h.Date <= end)
            .Select(h => h.Date)
            .ToListAsync(cancellationToken);
        return WorkingDays.Add(from, days, holidays.ToHashSet());
    }
}
