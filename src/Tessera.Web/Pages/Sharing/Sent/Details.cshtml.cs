using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Processes;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Sent;

/// <summary>The sharer's view of a share: the decision record, acknowledgement and outcomes (the feedback loop).</summary>
public class SentShareModel(TesseraDbContext db, IGatewayRegistry registry, AccessService access, AuditTrail audit, ShareFollowUp followUp, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Text { get; set; }

    public ShareView View { get; private set; } = null!;

    public virtual async Task<IActionResult> OnGetAsync() => await LoadAsync("sent-share") ? Page() : NotFound();

    public virtual async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync("sent-share"))
        {
            return NotFound();
        }

        var outcome = await followUp.AmendAsync(Id, Text, StartProcess(ProcessType.ShareAmended, clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Banner"] = "Correction added. The recipient has been told.";
        return Redirect($"/sharing/sent/{Id}");
    }

    /// <summary>Only the sending agency sees its shares here, and only while it may still see the child.</summary>
    protected async Task<bool> LoadAsync(string page)
    {
        if (await ShareView.LoadAsync(db, registry, Id) is not { } view || view.Share.SenderAgencyId != CurrentAgencyId)
        {
            var childId = await db.Shares.Where(s => s.Id == Id).Select(s => (Guid?)s.ChildRecordId).SingleOrDefaultAsync();
            await audit.RecordAsync(AuditAction.Denied, User.Actor(), "share", Id, childId, new { page, reason = "not the sending agency" });
            return false;
        }

        var decision = await access.DecideAsync(User.Actor(), view.Share.ChildRecordId, AccessPurpose.View);
        if (!decision.Allowed)
        {
            return false;
        }

        View = view;
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "share", Id, view.Share.ChildRecordId, new { page }, decision.EmergencyAccessId);
        return true;
    }
}
