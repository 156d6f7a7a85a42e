using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Barriers.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Barriers;

/// <summary>The barriers this practitioner has reported, and what the partnership said.</summary>
public sealed class BarriersIndexModel(TesseraDbContext db) : TesseraPage
{
    public IReadOnlyList<BarrierReport> Reports { get; private set; } = [];

    public async Task OnGetAsync() =>
        Reports = await db.BarrierReports.AsNoTracking().Where(r => r.ReportedById == CurrentPractitionerId)
            .OrderByDescending(r => r.ReportedAt).Take(200).ToListAsync();
}
