using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Partnership;

public sealed class PartnershipIndexModel(TesseraDbContext db) : TesseraPage
{
    public sealed record AgencyRow(Guid Id, string Name, AgencyType Type, int Practitioners);

    public sealed record PractitionerRow(Guid Id, string Name, string Agency, PractitionerRoles Roles, bool Disabled);

    public string PartnershipName { get; private set; } = "";
    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];
    public IReadOnlyList<PractitionerRow> Practitioners { get; private set; } = [];

    public async Task OnGetAsync()
    {
        PartnershipName = await db.Partnerships.Select(p => p.Name).FirstAsync();
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new AgencyRow(a.Id, a.Name, a.Type, db.Users.Count(u => u.AgencyId == a.Id)))
            .ToListAsync();
        Practitioners = await db.Users.AsNoTracking().OrderBy(p => p.DisplayName)
            .Select(p => new PractitionerRow(p.Id, p.DisplayName, p.Agency!.Name, p.Roles, p.IsDisabled))
            .ToListAsync();
    }
}
