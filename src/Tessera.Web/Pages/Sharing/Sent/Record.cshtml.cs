using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Services;

namespace Tessera.Web.Pages.Sharing.Sent;

/// <summary>The decision record on its own, laid out to print (the print stylesheet hides navigation and buttons).</summary>
public sealed class ShareRecordModel(TesseraDbContext db, IGatewayRegistry registry, AccessService access, AuditTrail audit, ShareFollowUp followUp, TimeProvider clock)
    : SentShareModel(db, registry, access, audit, followUp, clock)
{
    public override async Task<IActionResult> OnGetAsync() => await LoadAsync("share-record") ? Page() : NotFound();

    public override Task<IActionResult> OnPostAsync() => Task.FromResult<IActionResult>(NotFound());
}
