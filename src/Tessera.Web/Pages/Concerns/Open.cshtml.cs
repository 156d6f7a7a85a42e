using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Concerns;

[Authorize(Policy = Policies.ManagesConcerns)]
public sealed class OpenConcernsModel(TesseraDbContext db) : TesseraPage
{
    public const int PageSize = 25;

    public sealed record OpenRow(Guid Id, DateTimeOffset RecordedAt, string ChildName, string Category, LevelOfNeed Level, string? Owner);

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public string AgencyName { get; private set; } = "";
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<OpenRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        AgencyName = await db.Agencies.Where(a => a.Id == CurrentAgencyId).Select(a => a.Name).SingleAsync();
        var open = db.Concerns.AsNoTracking().Where(c => c.AgencyId == CurrentAgencyId && c.Status == ConcernStatus.Open);
        Total = await open.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await open
            .OrderByDescending(c => c.RecordedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new OpenRow(
                c.Id,
                c.RecordedAt,
                db.ChildRecords.Where(r => r.Id == c.ChildRecordId).Select(r => r.GivenName + " " + r.FamilyName).First(),
                db.ConcernCategories.Where(k => k.Code == c.CategoryCode).Select(k => k.Name).First(),
                c.LevelOfNeed,
                db.Users.Where(u => u.Id == c.AssignedToId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync();
    }

    /// <summary>Page numbers to link to, with null where GOV.UK pagination shows an ellipsis.</summary>
    public IEnumerable<int?> PageLinks()
    {
        var shown = new SortedSet<int> { 1, PageCount, PageNumber, PageNumber - 1, PageNumber + 1 };
        int? previous = null;
        foreach (var page in shown.Where(p => p >= 1 && p <= PageCount))
        {
            if (previous is { } p && page - p > 1)
            {
                yield return null;
            }

            yield return page;
            previous = page;
        }
    }
}
