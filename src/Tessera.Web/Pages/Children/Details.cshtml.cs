using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.GovUk;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

public sealed class DetailsModel(TesseraDbContext db, AccessService access, ShieldLookup shieldLookup, AuditTrail audit, TimeProvider clock) : TesseraPage
{
    public sealed record ConcernRow(Guid Id, DateTimeOffset OccurredAt, string Category, LevelOfNeed Level, bool Open);

    public sealed record AssignmentRow(string PractitionerName, string AgencyName, string Reason, DateTimeOffset AssignedAt, DateTimeOffset? EndsAt);

    public ChildRecord Child { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<ConcernRow> Concerns { get; private set; } = [];

    public IReadOnlyList<AssignmentRow> Assignments { get; private set; } = [];

    public AccessDecision Access { get; private set; } = AccessDecision.Deny("not decided");

    public ShieldedItems Shields { get; private set; } = null!;

    public ShieldedItems ConcernShields { get; private set; } = null!;

    public bool CanRecordConcern { get; private set; }

    public bool CanShield { get; private set; }

    public bool CanAssign { get; private set; }

    public bool CanSeeViews { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Access = await access.DecideAsync(User.Actor(), id, AccessPurpose.View);
        var facts = Access.Allowed ? await access.FactsAsync(CurrentPractitionerId, id) : null;
        if (facts is null)
        {
            // The same answer whether the child does not exist or the practitioner has no relationship with them.
            return NotFound();
        }

        // What else this person may do here decides which links are shown; each page decides (and audits) again.
        CanRecordConcern = AccessPolicy.Decide(facts, AccessPurpose.RecordConcern).Allowed;
        CanShield = AccessPolicy.Decide(facts, AccessPurpose.Shield).Allowed;
        CanAssign = AssignmentRules.MayAssign(facts);
        CanSeeViews = AccessPolicy.Decide(facts, AccessPurpose.ViewAuditTrail).Allowed;

        Child = await db.ChildRecords.AsNoTracking().AsSplitQuery()
            .Include(c => c.Aliases).Include(c => c.RelatedAdults)
            .SingleAsync(c => c.Id == id);
        AgencyName = await db.Agencies.Where(a => a.Id == Child.AgencyId).Select(a => a.Name).SingleAsync();
        Shields = await shieldLookup.ForChildAsync(id, facts.Practitioner);
        Concerns = await db.Concerns.AsNoTracking()
            .Where(await db.AboutChildAsync(id))
            .OrderByDescending(c => c.OccurredAt)
            .Join(db.ConcernCategories, c => c.CategoryCode, k => k.Code, (c, k) => new ConcernRow(c.Id, c.OccurredAt, k.Name, c.LevelOfNeed, c.Status == ConcernStatus.Open))
            .ToListAsync();

        // Looked up by concern, so a concern linked from another child's record carries that record's shield.
        ConcernShields = await shieldLookup.ForConcernsAsync(Concerns.Select(c => c.Id).ToList(), facts.Practitioner);

        var now = clock.GetUtcNow();
        Assignments = await db.ChildAssignments.AsNoTracking()
            .Where(a => a.ChildRecordId == id && (a.EndsAt == null || a.EndsAt > now))
            .OrderBy(a => a.AssignedAt)
            .Select(a => new AssignmentRow(
                db.Users.Where(u => u.Id == a.PractitionerId).Select(u => u.DisplayName).First(),
                db.Users.Where(u => u.Id == a.PractitionerId).Select(u => u.Agency!.Name).First(),
                a.Reason, a.AssignedAt, a.EndsAt))
            .ToListAsync();

        // Recorded before the page is sent, so no look at a child goes unaccounted for.
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "child", id, id, new { page = "child-record" }, Access.EmergencyAccessId);
        return Page();
    }

    public WhyCanISee Why => new(Access.Relationships, AgencyName);

    public ShieldState ConcernState(Guid concernId) => ConcernShields.State(ShieldTarget.Concern, concernId);

    public string ConcernOwner(Guid concernId) => ConcernShields.OwnerName(ShieldTarget.Concern, concernId);

    public List<SummaryListRow?> Rows()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var address = string.Join(", ", new[] { Child.Address, Child.Postcode }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var rows = new List<SummaryListRow?>
        {
            Row("Date of birth", $"{Formats.Date(Child.DateOfBirth)} (age {Formats.AgeOn(Child.DateOfBirth, today)})"),
            Row("Sex", Child.Sex switch { Sex.Female => "Female", Sex.Male => "Male", _ => "Not known" }),
            HtmlRow("Also known as", Child.Aliases.Count == 0
                ? "No other names recorded"
                : string.Join("<br>", Child.Aliases.Select(a => Shielding.ValueHtml(Shields, ShieldTarget.Alias, a.Id, $"{a.GivenName} {a.FamilyName}".Trim())))),
            HtmlRow("Address", Shields.State(ShieldTarget.ChildAddress) == ShieldState.None && address.Length == 0
                ? "Not recorded"
                : Shielding.ValueHtml(Shields, ShieldTarget.ChildAddress, null, address.Length > 0 ? address : "Not recorded")),
            Row("NHS number", Formats.Nhs(Child.NhsNumber)),
            Row("Unique pupil number", Child.UniquePupilNumber ?? "Not known"),
            Row("Your agency's reference", Child.AgencyReference ?? "None"),
        };
        foreach (var adult in Child.RelatedAdults)
        {
            rows.Add(HtmlRow(adult.Relationship switch
            {
                AdultRelationship.Parent => "Parent",
                AdultRelationship.Carer => "Carer",
                _ => "Household member",
            }, Shielding.ValueHtml(Shields, ShieldTarget.RelatedAdult, adult.Id, adult.Name)));
        }

        return rows;
    }

    private static SummaryListRow Row(string key, string value) =>
        new() { Key = new SummaryListCell { Text = key }, Value = new SummaryListCell { Text = value } };

    private static SummaryListRow HtmlRow(string key, string html) =>
        new() { Key = new SummaryListCell { Text = key }, Value = new SummaryListCell { Html = html } };
}
