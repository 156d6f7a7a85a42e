using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Sharing.Models;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>
/// Tells the access decision which shares of a child reach a practitioner: those addressed to them, their team or
/// their agency. The relationship lets the recipient open what was shared (the share's own copy), not the sender's record.
/// </summary>
public sealed class ShareAccessFacts(TesseraDbContext db) : IShareFactSource
{
    public async Task<IReadOnlyList<ShareFact>> SharesAsync(Guid childRecordId, PractitionerFacts practitioner, CancellationToken cancellationToken) =>
        (await SharesAsync([childRecordId], practitioner, cancellationToken))[childRecordId].ToList();

    public async Task<ILookup<Guid, ShareFact>> SharesAsync(IReadOnlyCollection<Guid> childRecordIds, PractitionerFacts practitioner, CancellationToken cancellationToken)
    {
        var ids = childRecordIds.Distinct().ToList();
        var shares = await db.Shares.AsNoTracking()
            .Where(s => ids.Contains(s.ChildRecordId) && s.RecipientAgencyId == practitioner.AgencyId)
            .Select(s => new { s.Id, s.ChildRecordId, s.RecipientKind, s.RecipientTeamId, s.RecipientPractitionerId, s.SentAt })
            .ToListAsync(cancellationToken);
        return shares.ToLookup(s => s.ChildRecordId, s => s.RecipientKind switch
        {
            ShareRecipientKind.Practitioner => new ShareFact(s.Id, ShareAudience.Practitioner, s.RecipientPractitionerId!.Value, s.SentAt, null),
            ShareRecipientKind.Team => new ShareFact(s.Id, ShareAudience.Team, s.RecipientTeamId!.Value, s.SentAt, null),
            _ => new ShareFact(s.Id, ShareAudience.Agency, practitioner.AgencyId, s.SentAt, null),
        });
    }
}
