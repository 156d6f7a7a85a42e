using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Sent;

/// <summary>A recorded decision not to share, for the deciding agency; printable like a share's record.</summary>
public sealed class NotSharedDecisionModel(TesseraDbContext db, AccessService access, AuditTrail audit) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public NotSharedDecision Decision { get; private set; } = null!;
    public string ChildName { get; private set; } = "";
    public string DecidedBy { get; private set; } = "";
    public string Agency { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var decision = await db.NotSharedDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == Id);
        if (decision is null || decision.AgencyId != CurrentAgencyId)
        {
            await audit.RecordAsync(AuditAction.Denied, User.Actor(), "not-shared-decision", Id, decision?.ChildRecordId, new { reason = "not the deciding agency" });
            return NotFound();
        }

        var allowed = await access.DecideAsync(User.Actor(), decision.ChildRecordId, AccessPurpose.View);
        if (!allowed.Allowed)
        {
            return NotFound();
        }

        Decision = decision;
        ChildName = await db.ChildRecords.Where(c => c.Id == decision.ChildRecordId).Select(c => c.GivenName + " " + c.FamilyName).SingleAsync();
        DecidedBy = await db.Users.Where(p => p.Id == decision.DecidedById).Select(p => p.DisplayName).SingleOrDefaultAsync() ?? "Unknown";
        Agency = await db.Agencies.Where(a => a.Id == decision.AgencyId).Select(a => a.Name).SingleAsync();
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "not-shared-decision", Id, decision.ChildRecordId, new { page = "not-shared-decision" }, allowed.EmergencyAccessId);
        return Page();
    }
}
