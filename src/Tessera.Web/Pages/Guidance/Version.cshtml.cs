using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Guidance.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Guidance;

/// <summary>An earlier (or the current) version exactly as it was published.</summary>
public sealed class GuidanceVersionModel(TesseraDbContext db) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public int Number { get; set; }

    public GuidanceVersion Version { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var version = await db.GuidanceVersions.AsNoTracking().Include(v => v.Sections.OrderBy(s => s.SortOrder)).SingleOrDefaultAsync(v => v.Number == Number);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        return Page();
    }
}
