using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

/// <summary>Shield an item on a child's record (the owning agency's practitioners), and list what is shielded.</summary>
[RequiresRecentSignIn]
public sealed class ShieldModel(TesseraDbContext db, AccessService access, ShieldLookup shieldLookup, ShieldService shields, AuditTrail audit, TimeProvider clock) : TesseraPage
{
    public sealed record ShieldRow(Guid Id, ShieldTarget Target, string ItemHtml, string? Reason, DateTimeOffset ShieldedAt, bool MayUnshield);

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? What { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public List<Guid> ViewerIds { get; set; } = [];

    public string ChildName { get; private set; } = "";
    public IReadOnlyList<Choice> Items { get; private set; } = [];
    public IReadOnlyList<Choice> Colleagues { get; private set; } = [];
    public IReadOnlyList<ShieldRow> Current { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var decision = await access.DecideAsync(User.Actor(), Id, AccessPurpose.Shield);
        if (!decision.Allowed)
        {
            return NotFound();
        }

        await LoadAsync();
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "child", Id, Id, new { page = "shield" }, decision.EmergencyAccessId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var decision = await access.DecideAsync(User.Actor(), Id, AccessPurpose.Shield);
        if (!decision.Allowed)
        {
            return NotFound();
        }

        var (target, targetId) = Parse(What);
        var input = new ShieldInput { ChildRecordId = Id, Target = target, TargetId = targetId, Reason = Reason, ViewerIds = ViewerIds };
        var outcome = await shields.ShieldAsync(input, StartProcess(ProcessType.ShieldApplied, clock));
        if (!outcome.Succeeded)
        {
            await LoadAsync();
            ShowErrors(outcome.Errors.Renamed(nameof(ShieldInput.Target), nameof(What)));
            await audit.RecordAsync(AuditAction.Read, User.Actor(), "child", Id, Id, new { page = "shield" }, decision.EmergencyAccessId);
            return Page();
        }

        TempData["Banner"] = $"{Shielding.TargetName(outcome.Value!.Target)} shielded. Only your designated safeguarding lead and the people you named can see it.";
        return Redirect(outcome.Value.Target == ShieldTarget.Concern ? $"/concerns/{outcome.Value.TargetId}" : $"/children/{Id}");
    }

    /// <summary>Radio values: "ChildAddress", or the target and its id ("Alias:…").</summary>
    public static string ValueFor(ShieldTarget target, Guid? id = null) => id is null ? target.ToString() : $"{target}:{id}";

    private static (ShieldTarget? Target, Guid? Id) Parse(string? what)
    {
        var parts = (what ?? "").Split(':', 2);
        if (!Enum.TryParse<ShieldTarget>(parts[0], out var target) || !Enum.IsDefined(target) || int.TryParse(parts[0], out _))
        {
            return (null, null);
        }

        return (target, parts.Length == 2 && Guid.TryParse(parts[1], out var id) ? id : null);
    }

    private async Task LoadAsync()
    {
        var who = (await access.PractitionerAsync(CurrentPractitionerId))!;
        var child = await db.ChildRecords.AsNoTracking().AsSplitQuery().Include(c => c.Aliases).Include(c => c.RelatedAdults).SingleAsync(c => c.Id == Id);
        ChildName = child.FullName;
        var onRecord = await shieldLookup.ForChildAsync(Id, who);
        var concerns = await db.Concerns.AsNoTracking().Where(c => c.ChildRecordId == Id && c.AgencyId == child.AgencyId)
            .OrderByDescending(c => c.OccurredAt)
            .Join(db.ConcernCategories, c => c.CategoryCode, k => k.Code, (c, k) => new { c.Id, c.OccurredAt, k.Name })
            .ToListAsync();
        var address = string.Join(", ", new[] { child.Address, child.Postcode }.Where(s => !string.IsNullOrWhiteSpace(s)));

        // Only what is not shielded yet can be chosen; what is shielded is listed below, as its viewer may see it.
        var items = new List<Choice>();
        if (onRecord.Find(ShieldTarget.ChildAddress) is null)
        {
            items.Add(new Choice(ValueFor(ShieldTarget.ChildAddress), "The child's address", address.Length > 0 ? address : "Not recorded yet"));
        }

        items.AddRange(child.Aliases.Where(a => onRecord.Find(ShieldTarget.Alias, a.Id) is null)
            .Select(a => new Choice(ValueFor(ShieldTarget.Alias, a.Id), $"Another name: {a.GivenName} {a.FamilyName}")));
        items.AddRange(child.RelatedAdults.Where(a => onRecord.Find(ShieldTarget.RelatedAdult, a.Id) is null)
            .Select(a => new Choice(ValueFor(ShieldTarget.RelatedAdult, a.Id), $"Related adult: {a.Name}")));
        items.AddRange(concerns.Where(c => onRecord.Find(ShieldTarget.Concern, c.Id) is null)
            .Select(c => new Choice(ValueFor(ShieldTarget.Concern, c.Id), $"Concern: {c.Name}", $"Happened {Formats.DateTime(c.OccurredAt)}")));
        Items = items;

        Colleagues = await db.Users.AsNoTracking()
            .Where(p => p.AgencyId == child.AgencyId && p.Id != CurrentPractitionerId && !p.IsDisabled)
            .OrderBy(p => p.DisplayName)
            .Select(p => new Choice(p.Id.ToString(), p.DisplayName))
            .ToListAsync();

        var dslHere = who.AgencyId == child.AgencyId && who.Roles.HasFlag(Core.Modules.Partnership.Models.PractitionerRoles.DesignatedSafeguardingLead);
        Current = onRecord.Active.OrderBy(s => s.ShieldedAt).Select(s =>
        {
            var visible = ShieldRules.CanSee(s, who);
            var label = s.Target switch
            {
                ShieldTarget.ChildAddress => address.Length > 0 ? address : "Not recorded",
                ShieldTarget.Alias => child.Aliases.FirstOrDefault(a => a.Id == s.TargetId) is { } a ? $"{a.GivenName} {a.FamilyName}" : "A name no longer on the record",
                ShieldTarget.RelatedAdult => child.RelatedAdults.FirstOrDefault(a => a.Id == s.TargetId)?.Name ?? "An adult no longer on the record",
                _ => concerns.FirstOrDefault(c => c.Id == s.TargetId) is { } c ? $"{c.Name}, {Formats.DateTime(c.OccurredAt)}" : "A concern",
            };
            var html = $"{Shielding.TargetName(s.Target)}: " + Shielding.ValueHtml(onRecord, s.Target, s.TargetId, label);
            return new ShieldRow(s.Id, s.Target, html, visible ? s.Reason : null, s.ShieldedAt, dslHere);
        }).ToList();
    }
}
