using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Processes;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

/// <summary>The owning agency's DSL lifts a shield, saying why. The form carries the shield's version.</summary>
[RequiresRecentSignIn]
public sealed class UnshieldModel(TesseraDbContext db, AccessService access, ShieldService shields, AuditTrail audit, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid ShieldId { get; set; }
    [BindProperty] public string? UnshieldReason { get; set; }
    [BindProperty] public Guid Version { get; set; }

    public string ChildName { get; private set; } = "";
    public Shield Shield { get; private set; } = null!;
    public string ItemText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var decision = await access.DecideAsync(User.Actor(), Id, AccessPurpose.Unshield);
        if (!decision.Allowed || !await LoadAsync())
        {
            return NotFound();
        }

        Version = Shield.Version;
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "shield", ShieldId, Id, new { page = "unshield" }, decision.EmergencyAccessId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var decision = await access.DecideAsync(User.Actor(), Id, AccessPurpose.Unshield);
        if (!decision.Allowed || !await db.Shields.AnyAsync(s => s.Id == ShieldId && s.ChildRecordId == Id))
        {
            return NotFound();
        }

        var outcome = await shields.UnshieldAsync(ShieldId, Version, UnshieldReason, StartProcess(ProcessType.ShieldLifted, clock));
        if (outcome.Succeeded)
        {
            TempData["Banner"] = $"{Shielding.TargetName(outcome.Value!.Target)} unshielded";
            return Redirect($"/children/{Id}/shield");
        }

        // Show the shield as it is now, with a fresh version, and keep what was typed.
        await LoadAsync();
        Version = Shield.Version;
        ShowErrors(outcome.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var shield = await db.Shields.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ShieldId && s.ChildRecordId == Id);
        if (shield is null)
        {
            return false;
        }

        Shield = shield;
        var child = await db.ChildRecords.AsNoTracking().Where(c => c.Id == Id).Select(c => new { c.GivenName, c.FamilyName, c.Address, c.Postcode }).SingleAsync();
        ChildName = $"{child.GivenName} {child.FamilyName}";
        ItemText = shield.Target switch
        {
            ShieldTarget.ChildAddress => string.Join(", ", new[] { child.Address, child.Postcode }.Where(s => !string.IsNullOrWhiteSpace(s))),
            ShieldTarget.Alias => await db.ChildAliases.Where(a => a.Id == shield.TargetId).Select(a => a.GivenName + " " + a.FamilyName).FirstOrDefaultAsync() ?? "",
            ShieldTarget.RelatedAdult => await db.RelatedAdults.Where(a => a.Id == shield.TargetId).Select(a => a.Name).FirstOrDefaultAsync() ?? "",
            _ => await db.Concerns.Where(c => c.Id == shield.TargetId)
                .Join(db.ConcernCategories, c => c.CategoryCode, k => k.Code, (c, k) => k.Name).FirstOrDefaultAsync() ?? "",
        };
        return true;
    }
}
