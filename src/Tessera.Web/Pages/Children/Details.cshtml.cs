using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.GovUk;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

public sealed class DetailsModel(TesseraDbContext db, AccessService access, AuditTrail audit, TimeProvider clock) : TesseraPage
{
    public sealed record ConcernRow(Guid Id, DateTimeOffset OccurredAt, string Category, LevelOfNeed Level, bool Open);

    public ChildRecord Child { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<ConcernRow> Concerns { get; private set; } = [];

    public AccessDecision Access { get; private set; } = AccessDecision.Deny("not decided");

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Access = await access.DecideAsync(User.Actor(), id, AccessPurpose.View);
        if (!Access.Allowed)
        {
            // The same answer whether the child does not exist or the practitioner has no relationship with them.
            return NotFound();
        }

        Child = await db.ChildRecords.AsNoTracking().AsSplitQuery()
            .Include(c => c.Aliases).Include(c => c.RelatedAdults)
            .SingleAsync(c => c.Id == id);
        AgencyName = await db.Agencies.Where(a => a.Id == Child.AgencyId).Select(a => a.Name).SingleAsync();
        Concerns = await db.Concerns.AsNoTracking()
            .Where(c => c.ChildRecordId == id || c.LinkedChildren.Any(l => l.ChildRecordId == id))
            .OrderByDescending(c => c.OccurredAt)
            .Join(db.ConcernCategories, c => c.CategoryCode, k => k.Code, (c, k) => new ConcernRow(c.Id, c.OccurredAt, k.Name, c.LevelOfNeed, c.Status == ConcernStatus.Open))
            .ToListAsync();

        // Recorded before the page is sent, so no look at a child goes unaccounted for.
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "child", id, id, new { page = "child-record" }, Access.EmergencyAccessId);
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
