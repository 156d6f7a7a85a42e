using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

/// <summary>DSLs and MASH managers assign named practitioners to a child and end assignments early.</summary>
[RequiresRecentSignIn]
public sealed class AssignmentsModel(TesseraDbContext db, AccessService access, AssignmentService assignments, AuditTrail audit, TimeProvider clock) : TesseraPage
{
    public sealed record Row(Guid Id, string PractitionerName, string AgencyName, string Reason, DateTimeOffset AssignedAt, DateTimeOffset? EndsAt, string Stamp);

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid? PractitionerId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateParts EndsOn { get; set; } = new();
    [BindProperty] public Guid AssignmentId { get; set; }
    [BindProperty] public string? Stamp { get; set; }

    public string ChildName { get; private set; } = "";
    public IReadOnlyList<Choice> Practitioners { get; private set; } = [];
    public IReadOnlyList<Row> Current { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await AllowedAsync())
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync()
    {
        if (!await AllowedAsync())
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var endsOn = EndsOn.Parse(errors, nameof(EndsOn), "End date", required: false);
        if (!errors.IsValid)
        {
            return await RedisplayAsync(errors);
        }

        // An end date means "until the end of that day" in UK time.
        DateTimeOffset? endsAt = endsOn is { } day ? Formats.FromUkTime(day.AddDays(1), TimeOnly.MinValue) : null;
        var outcome = await assignments.AssignAsync(Id, PractitionerId, Reason, endsAt, StartProcess(ProcessType.PractitionerAssignedToChild, clock));
        if (!outcome.Succeeded)
        {
            return await RedisplayAsync(outcome.Errors);
        }

        TempData["Banner"] = "Practitioner assigned. They can now see this child's record.";
        return Redirect($"/children/{Id}");
    }

    public async Task<IActionResult> OnPostEndAsync()
    {
        if (!await AllowedAsync() || !await db.ChildAssignments.AnyAsync(a => a.Id == AssignmentId && a.ChildRecordId == Id))
        {
            return NotFound();
        }

        var outcome = await assignments.EndAsync(AssignmentId, Stamp, StartProcess(ProcessType.ChildAssignmentEnded, clock));
        if (!outcome.Succeeded)
        {
            return await RedisplayAsync(outcome.Errors.Renamed("AssignmentId", $"End-{AssignmentId}"));
        }

        TempData["Banner"] = "Assignment ended";
        return Redirect($"/children/{Id}/assignments");
    }

    private async Task<bool> AllowedAsync()
    {
        var decision = await access.DecideAsync(User.Actor(), Id, AssignmentRules.PurposeFor(User.Roles()));
        if (decision.Allowed)
        {
            // The page shows the child's name and who works with them.
            await audit.RecordAsync(AuditAction.Read, User.Actor(), "child", Id, Id, new { page = "assignments" }, decision.EmergencyAccessId);
        }

        return decision.Allowed;
    }

    private async Task<IActionResult> RedisplayAsync(ValidationErrors errors)
    {
        await LoadAsync();
        ShowErrors(errors);
        return Page();
    }

    private async Task LoadAsync()
    {
        var child = await db.ChildRecords.AsNoTracking().Where(c => c.Id == Id).Select(c => new { c.GivenName, c.FamilyName, c.AgencyId }).SingleAsync();
        ChildName = $"{child.GivenName} {child.FamilyName}";
        var now = clock.GetUtcNow();
        var rows = await db.ChildAssignments.AsNoTracking()
            .Where(a => a.ChildRecordId == Id && (a.EndsAt == null || a.EndsAt > now))
            .OrderBy(a => a.AssignedAt)
            .ToListAsync();
        var ids = rows.Select(r => r.PractitionerId).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, Agency = u.Agency!.Name }).ToDictionaryAsync(u => u.Id);
        Current = rows.Select(a => new Row(a.Id, people[a.PractitionerId].DisplayName, people[a.PractitionerId].Agency, a.Reason, a.AssignedAt, a.EndsAt, AssignmentService.Stamp(a))).ToList();

        // A DSL assigns colleagues; a MASH manager assigns anyone in the partnership who works with children.
        var mashManager = User.HasRole(PractitionerRoles.MashManager);
        var partnershipId = await db.Agencies.Where(a => a.Id == child.AgencyId).Select(a => a.PartnershipId).SingleAsync();
        var seesChildren = (int)AccessPolicy.ChildRoles;
        Practitioners = (await db.Users.AsNoTracking()
                .Where(p => !p.IsDisabled && ((int)p.Roles & seesChildren) != 0
                    && (mashManager ? p.Agency!.PartnershipId == partnershipId : p.AgencyId == child.AgencyId))
                .OrderBy(p => p.DisplayName)
                .Select(p => new { p.Id, p.DisplayName, Agency = p.Agency!.Name })
                .ToListAsync())
            .Select(p => new Choice(p.Id.ToString(), mashManager ? $"{p.DisplayName} ({p.Agency})" : p.DisplayName))
            .Prepend(new Choice("", "Choose a practitioner"))
            .ToList();
    }
}
