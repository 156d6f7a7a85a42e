using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Concerns;

[Authorize(Policy = Policies.ManagesConcerns)]
public sealed class OpenConcernsModel(TesseraDbContext db, AccessService access, AccessBatch batch, ShieldLookup shieldLookup, AuditTrail audit, OpenConcernCounts openCounts) : TesseraPage
{
    public const int PageSize = 25;

    public sealed record OpenRow(Guid Id, Guid ChildRecordId, DateTimeOffset RecordedAt, string ChildName, string Category, LevelOfNeed Level, string? Owner);

    /// <summary>A row as shown: withheld rows carry only who shielded the concern.</summary>
    public sealed record ShownRow(OpenRow? Row, string? WithheldBy, bool Shielded);

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public string AgencyName { get; private set; } = "";
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<ShownRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        AgencyName = await db.Agencies.Where(a => a.Id == CurrentAgencyId).Select(a => a.Name).SingleAsync();
        var open = db.Concerns.AsNoTracking().Where(c => c.AgencyId == CurrentAgencyId && c.Status == ConcernStatus.Open);
        Total = await openCounts.ForAgencyAsync(db, CurrentAgencyId);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await open
            .OrderByDescending(c => c.RecordedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new OpenRow(
                c.Id,
                c.ChildRecordId,
                c.RecordedAt,
                db.ChildRecords.Where(r => r.Id == c.ChildRecordId).Select(r => r.GivenName + " " + r.FamilyName).First(),
                db.ConcernCategories.Where(k => k.Code == c.CategoryCode).Select(k => k.Name).First(),
                c.LevelOfNeed,
                db.Users.Where(u => u.Id == c.AssignedToId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync();

        // Each row is a child: only those this practitioner may see are listed, and shielded concerns are withheld.
        var who = (await access.PractitionerAsync(CurrentPractitionerId))!;
        var decisions = await batch.DecideAsync(who, rows.Select(r => r.ChildRecordId).ToList(), AccessPurpose.View);
        var shields = await shieldLookup.ForConcernsAsync(rows.Select(r => r.Id).ToList(), who);
        Rows = rows.Where(r => decisions[r.ChildRecordId].Allowed)
            .Select(r => shields.State(ShieldTarget.Concern, r.Id) switch
            {
                ShieldState.Withheld => new ShownRow(null, shields.OwnerName(ShieldTarget.Concern, r.Id), false),
                var state => new ShownRow(r, null, state == ShieldState.Visible),
            })
            .ToList();
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "concern-list", null, null,
            new { page = "open-concerns", children = Rows.Where(r => r.Row is not null).Select(r => r.Row!.ChildRecordId).Distinct().ToArray() });
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
