using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Guidance.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Guidance;

/// <summary>The change log: every version, newest first.</summary>
public sealed class GuidanceHistoryModel(TesseraDbContext db) : TesseraPage
{
    public IReadOnlyList<GuidanceVersion> Versions { get; private set; } = [];

    public async Task OnGetAsync() =>
        Versions = await db.GuidanceVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync();
}
