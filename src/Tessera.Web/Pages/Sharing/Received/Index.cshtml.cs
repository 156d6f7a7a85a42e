using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Received;

/// <summary>Shares addressed to the practitioner, their team or their agency, newest first.</summary>
public sealed class ReceivedSharesModel(TesseraDbContext db, AccessBatch batch, AuditTrail audit) : TesseraPage
{
    public sealed record Row(Guid Id, string Child, string From, DateTimeOffset SentAt, string Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = await db.Users.AsNoTracking().Where(p => p.Id == CurrentPractitionerId).Select(p => new { p.Id, p.AgencyId, p.TeamId }).SingleAsync();
        var shares = await db.Shares.AsNoTracking()
            .Where(s => s.RecipientAgencyId == me.AgencyId && (s.RecipientKind == ShareRecipientKind.Agency
                || (s.RecipientKind == ShareRecipientKind.Team && s.RecipientTeamId == me.TeamId)
                || (s.RecipientKind == ShareRecipientKind.Practitioner && s.RecipientPractitionerId == me.Id)))
            .OrderByDescending(s => s.SentAt).Take(100)
            .Select(s => new
            {
                s.Id,
                s.ChildRecordId,
                s.SentAt,
                s.AcknowledgedAt,
                s.EscalatedAt,
                Child = db.ChildRecords.Where(c => c.Id == s.ChildRecordId).Select(c => c.GivenName + " " + c.FamilyName).Single(),
                From = db.Agencies.Where(a => a.Id == s.SenderAgencyId).Select(a => a.Name).Single(),
                Replied = s.Outcomes.Any(),
            }).ToListAsync();
        var allowed = await batch.DecideAsync(me.Id, shares.Select(s => s.ChildRecordId).ToList(), AccessPurpose.ViewShared);
        Rows = shares.Where(s => allowed[s.ChildRecordId].Allowed).Select(s => new Row(s.Id, s.Child, s.From, s.SentAt,
            s.Replied ? "Replied" : s.AcknowledgedAt is not null ? "Acknowledged" : s.EscalatedAt is not null ? "Overdue: escalated" : "New")).ToList();
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "shares", null, null, new { page = "received-shares", shares = Rows.Select(r => r.Id).ToArray() });
    }
}
