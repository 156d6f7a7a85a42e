using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Notifications;

public sealed class InboxModel(TesseraDbContext db) : TesseraPage
{
    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public async Task OnGetAsync() =>
        Items = await db.InboxItems.AsNoTracking()
            .Where(i => i.RecipientId == CurrentPractitionerId)
            .OrderByDescending(i => i.CreatedAt)
            .Take(100)
            .ToListAsync();
}
