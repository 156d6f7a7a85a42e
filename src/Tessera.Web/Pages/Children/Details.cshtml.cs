using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.GovUk;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

public sealed class DetailsModel(TesseraDbContext db, TimeProvider clock) : TesseraPage
{
    public sealed record ConcernRow(Guid Id, DateTimeOffset OccurredAt, string Category, LevelOfNeed Level, bool Open);

    public ChildRecord Child { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<ConcernRow> Concerns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var child = await db.ChildRecords.AsNoTracking().AsSplitQuery()
            .Include(c => c.Aliases).Include(c => c.RelatedAdults)
            .SingleOrDefaultAsync(c => c.Id == id && c.AgencyId == CurrentAgencyId);
        if (child is null)
        {
            // The same answer whether the child does not exist or belongs to another agency.
            return NotFound();
        }

        Child = child;
        AgencyName = await db.Agencies.Where(a => a.Id == CurrentAgencyId).Select(a => a.Name).SingleAsync();
        Concerns = await db.Concerns.AsNoTracking()
            .Where(c => c.ChildRecordId == id || c.LinkedChildren.Any(l => l.ChildRecordId == id))
            .OrderByDescending(c => c.OccurredAt)
            .Join(db.ConcernCategories, c => c.CategoryCode, k => k.Code, (c, k) => new ConcernRow(c.Id, c.OccurredAt, k.Name, c.LevelOfNeed, c.Status == ConcernStatus.Open))
            .ToListAsync();
        return Page();
    }

    public List<SummaryListRow?> Rows()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = new List<SummaryListRow?>
        {
            Row("Date of birth", $"{Formats.Date(Child.DateOfBirth)} (age {Formats.AgeOn(Child.DateOfBirth, today)})"),
            Row("Sex", Child.Sex switch { Sex.Female => "Female", Sex.Male => "Male", _ => "Not known" }),
            Row("Also known as", Child.Aliases.Count == 0 ? "No other names recorded" : string.Join(", ", Child.Aliases.Select(a => $"{a.GivenName} {a.FamilyName}".Trim()))),
            Row("Address", string.Join(", ", new[] { Child.Address, Child.Postcode }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } address ? address : "Not recorded"),
            Row("NHS number", Formats.Nhs(Child.NhsNumber)),
            Row("Unique pupil number", Child.UniquePupilNumber ?? "Not known"),
            Row("Your agency's reference", Child.AgencyReference ?? "None"),
        };
        foreach (var adult in Child.RelatedAdults)
        {
            rows.Add(Row(adult.Relationship switch
            {
                AdultRelationship.Parent => "Parent",
                AdultRelationship.Carer => "Carer",
                _ => "Household member",
            }, adult.Name));
        }

        return rows;
    }

    private static SummaryListRow Row(string key, string value) =>
        new() { Key = new SummaryListCell { Text = key }, Value = new SummaryListCell { Text = value } };
}
