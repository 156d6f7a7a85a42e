using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Modules.Retention.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Privacy.LegalHolds;

/// <summary>The legal holds on one child record: place one (with a reason) or lift one.</summary>
public sealed class ChildHoldsModel(TesseraDbContext db, AccessService access, AuditTrail audit, LegalHoldService holds, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Guid LegalHoldId { get; set; }

    public ChildRecord Child { get; private set; } = null!;
    public IReadOnlyList<LegalHold> Holds { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostPlaceAsync()
    {
        if (!await AllowedAsync())
        {
            return NotFound();
        }

        var outcome = await holds.PlaceAsync(Id, Reason, StartProcess(ProcessType.LegalHoldPlaced, clock));
        return outcome.Succeeded ? Done("Legal hold placed") : await RedisplayAsync(outcome.Errors);
    }

    public async Task<IActionResult> OnPostLiftAsync()
    {
        if (!await AllowedAsync() || !await db.LegalHolds.AnyAsync(h => h.Id == LegalHoldId && h.ChildRecordId == Id))
        {
            return NotFound();
        }

        var outcome = await holds.LiftAsync(LegalHoldId, StartProcess(ProcessType.LegalHoldLifted, clock));
        return outcome.Succeeded ? Done("Legal hold lifted") : await RedisplayAsync(outcome.Errors);
    }

    private async Task<bool> AllowedAsync() =>
        (await access.DecideAsync(User.Actor(), Id, AccessPurpose.DataRights)).Allowed;

    private RedirectResult Done(string message)
    {
        TempData["Banner"] = message;
        return Redirect($"/privacy/legal-holds/{Id}");
    }

    private async Task<IActionResult> RedisplayAsync(ValidationErrors errors)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        ShowErrors(errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var decision = await access.DecideAsync(User.Actor(), Id, AccessPurpose.DataRights);
        if (!decision.Allowed)
        {
            return false;
        }

        Child = await db.ChildRecords.AsNoTracking().SingleAsync(c => c.Id == Id);
        Holds = await db.LegalHolds.AsNoTracking().Where(h => h.ChildRecordId == Id).OrderByDescending(h => h.PlacedAt).ToListAsync();
        var people = Holds.Select(h => h.PlacedById).Concat(Holds.Where(h => h.LiftedById != null).Select(h => h.LiftedById!.Value)).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName);

        // Recorded before the page is sent, so no look at a child goes unaccounted for.
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "child", Id, Id, new { page = "legal-holds" }, decision.EmergencyAccessId);
        return true;
    }

    public string NameOf(Guid? id) => id is { } value && Names.TryGetValue(value, out var name) ? name : "someone who has left";
}
