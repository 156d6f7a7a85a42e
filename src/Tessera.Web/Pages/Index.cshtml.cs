using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages;

public sealed class IndexModel(TesseraDbContext db) : TesseraPage
{
    public string AgencyName { get; private set; } = "";

    public int OpenConcerns { get; private set; }

    public int UnreadInbox { get; private set; }

    public async Task OnGetAsync()
    {
        AgencyName = await db.Agencies.Where(a => a.Id == CurrentAgencyId).Select(a => a.Name).SingleAsync();
        UnreadInbox = await db.InboxItems.CountAsync(i => i.RecipientId == CurrentPractitionerId && i.ReadAt == null);
        if (User.HasRole(PractitionerRoles.DesignatedSafeguardingLead))
        {
            OpenConcerns = await db.Concerns.CountAsync(c => c.AgencyId == CurrentAgencyId && c.Status == ConcernStatus.Open);
        }
    }
}
