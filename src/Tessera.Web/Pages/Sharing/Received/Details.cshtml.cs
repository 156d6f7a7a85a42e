using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Received;

/// <summary>
/// A share as its recipient sees it: the copy that was sent (not the sender's record), with acknowledge and reply.
/// Access runs through the access service, where the share is the relationship.
/// </summary>
public sealed class ReceivedShareModel(TesseraDbContext db, IGatewayRegistry registry, AccessService access, AuditTrail audit, ShareFollowUp followUp, TimeProvider clock) : TesseraPage
{
    public static readonly Choice[] Outcomes = Enum.GetValues<ShareOutcomeKind>().Select(o => new Choice(o.ToString(), SharingText.Outcome(o))).ToArray();

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? OutcomeText { get; set; }
    [BindProperty] public string? Text { get; set; }

    public ShareView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcknowledgeAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await followUp.AcknowledgeAsync(Id, StartProcess(ProcessType.ShareAcknowledged, clock));
        TempData["Banner"] = "Acknowledged. The sharer has been told.";
        return Redirect($"/sharing/received/{Id}");
    }

    public async Task<IActionResult> OnPostReplyAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        ShareOutcomeKind? outcome = Enum.TryParse<ShareOutcomeKind>(Outcome, out var o) && Enum.IsDefined(o) ? o : null;
        return Done(await followUp.ReplyAsync(Id, outcome, OutcomeText, StartProcess(ProcessType.ShareOutcomeReplied, clock)), "Reply sent. The sharer can see it.");
    }

    public async Task<IActionResult> OnPostAmendAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return Done(await followUp.AmendAsync(Id, Text, StartProcess(ProcessType.ShareAmended, clock)), "Correction added. The sharer has been told.");
    }

    private IActionResult Done<T>(Outcome<T> outcome, string banner)
        where T : class
    {
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Banner"] = banner;
        return Redirect($"/sharing/received/{Id}");
    }

    private async Task<bool> LoadAsync()
    {
        if (await ShareView.LoadAsync(db, registry, Id) is not { } view)
        {
            await audit.RecordAsync(AuditAction.Denied, User.Actor(), "share", Id, null, new { page = "received-share", reason = "no such share" });
            return false;
        }

        var me = await db.Users.AsNoTracking().Where(p => p.Id == CurrentPractitionerId).Select(p => new { p.AgencyId, p.TeamId }).SingleAsync();
        if (!ShareRecipients.IsAddressedTo(view.Share, CurrentPractitionerId, me.AgencyId, me.TeamId))
        {
            await audit.RecordAsync(AuditAction.Denied, User.Actor(), "share", Id, view.Share.ChildRecordId, new { page = "received-share", reason = "not a recipient" });
            return false;
        }

        var decision = await access.DecideAsync(User.Actor(), view.Share.ChildRecordId, AccessPurpose.ViewShared);
        if (!decision.Allowed || !decision.Relationships.Any(r => r.Kind == RelationshipKind.Share && r.SourceId == Id))
        {
            return false;
        }

        View = view;
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "share", Id, view.Share.ChildRecordId, new { page = "received-share" }, decision.EmergencyAccessId);
        return true;
    }
}
