using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Guidance.Models;
using Tessera.Core.Modules.Guidance.Services;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Guidance.Manage;

/// <summary>For partnership administrators: the current sections to edit, and who has confirmed reading this version.</summary>
public sealed class ManageGuidanceModel(TesseraDbContext db, GuidanceService guidance) : TesseraPage
{
    public GuidanceVersion? Current { get; private set; }
    public IReadOnlyList<Reader> Readers { get; private set; } = [];
    public int Practitioners { get; private set; }

    public sealed record Reader(string Name, string Agency, DateTimeOffset At);

    public async Task OnGetAsync()
    {
        Current = await guidance.CurrentAsync();
        Practitioners = await db.Users.CountAsync(p => !p.IsDisabled);
        if (Current is { } current)
        {
            Readers = await db.GuidanceAcknowledgements.AsNoTracking().Where(a => a.GuidanceVersionId == current.Id)
                .Join(db.Users, a => a.PractitionerId, p => p.Id, (a, p) => new { p.DisplayName, Agency = p.Agency!.Name, a.AcknowledgedAt })
                .OrderBy(r => r.DisplayName).Take(1000)
                .Select(r => new Reader(r.DisplayName, r.Agency, r.AcknowledgedAt)).ToListAsync();
        }
    }
}
