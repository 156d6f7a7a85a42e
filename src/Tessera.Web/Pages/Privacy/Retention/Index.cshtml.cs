using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Privacy.Retention;

/// <summary>The retention schedules, held as data. Privacy officers change them (see RetentionScheduleService for why).</summary>
public sealed class RetentionModel(TesseraDbContext db) : TesseraPage
{
    public IReadOnlyList<RetentionSchedule> Schedules { get; private set; } = [];

    public async Task OnGetAsync() =>
        Schedules = await db.RetentionSchedules.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
}
