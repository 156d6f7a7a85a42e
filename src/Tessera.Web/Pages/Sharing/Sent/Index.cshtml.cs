using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Sent;

/// <summary>The practitioner's own shares, newest first, with whether each was acknowledged and what happened next.</summary>
public sealed class SentSharesModel(TesseraDbContext db, AccessBatch batch, AuditTrail audit) : TesseraPage
{
    public sealed record Row(Guid Id, string Child, string Recipient, DateTimeOffset SentAt, string Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = CurrentPractitionerId;
        var shares = await db.Shares.AsNoTracking().Where(s => s.SenderId == me).OrderByDescending(s => s.SentAt).Take(100)
            .Select(s => new
            {
                s.Id,
                s.ChildRecordId,
                s.SentAt,
                s.AcknowledgedAt,
                s.RecipientAgencyId,
                Child = db.ChildRecords.Where(c => c.Id == s.ChildRecordId).Select(c => c.GivenName + " " + c.FamilyName).Single(),
                Agency = db.Agencies.Where(a => a.Id == s.RecipientAgencyId).Select(a => a.Name).Single(),
                Outcome = s.Outcomes.OrderByDescending(o => o.RepliedAt).Select(o => (Tessera.Core.Modules.Sharing.Models.ShareOutcomeKind?)o.Outcome).FirstOrDefault(),
            }).ToListAsync();
        var allowed = await batch.DecideAsync(me, shares.Select(s => s.ChildRecordId).ToList(), AccessPurpose.View);
        Rows = shares.Where(s => allowed[s.ChildRecordId].Allowed).Select(s => new Row(s.Id, s.Child, s.Agency, s.SentAt,
            s.Outcome is { } o ? SharingText.Outcome(o) : s.AcknowledgedAt is null ? "Not acknowledged yet" : "Acknowledged")).ToList();
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "shares", null, null, new { page = "sent-shares", shares = Rows.Select(r => r.Id).ToArray() });
    }
}
