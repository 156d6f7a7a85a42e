using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;

namespace Tessera.Web.Pages.Sharing;

/// <summary>A sent share with the names it is shown with, for the sender's, the recipient's and the printable pages.</summary>
public sealed class ShareView
{
    public required Share Share { get; init; }
    public required string ChildName { get; init; }
    public required string SenderAgency { get; init; }
    public required string SenderName { get; init; }
    public required string Recipient { get; init; }
    public required string Gateway { get; init; }
    public required IReadOnlyDictionary<Guid, string> People { get; init; }
    public required IReadOnlyDictionary<string, string> Categories { get; init; }
    public required IReadOnlyDictionary<Guid, string> Agencies { get; init; }

    public string NameOf(Guid? id) => id is { } i && People.TryGetValue(i, out var name) ? name : "Unknown";

    public string Consent => SharingText.Consent(Share.Consent)
        + (Share.ConsentNotSoughtReason is { } r ? $": {SharingText.NotSought(r).ToLowerInvariant()}" : "");

    public string LawfulBasis => SharingText.Basis(Share.LawfulBasis)
        + (Share.SpecialCategoryCondition is { } s ? $"; {SharingText.Schedule1(s)}" : "")
        + (Share.CriminalOffenceCondition is { } c ? $"; criminal offence data: {SharingText.Schedule1(c)}" : "");

    public static async Task<ShareView?> LoadAsync(TesseraDbContext db, IGatewayRegistry registry, Guid shareId, CancellationToken cancellationToken = default)
    {
        var share = await db.Shares.AsNoTracking().Include(s => s.Items).Include(s => s.Amendments).Include(s => s.Outcomes).Include(s => s.Withheld)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == shareId, cancellationToken);
        if (share is null)
        {
            return null;
        }

        var people = new[] { share.SenderId, share.RecipientPractitionerId, share.AcknowledgedById }
            .Concat(share.Amendments.Select(a => (Guid?)a.AddedById)).Concat(share.Outcomes.Select(o => (Guid?)o.RepliedById))
            .Where(i => i is not null).Select(i => i!.Value).Distinct().ToList();
        var names = await db.Users.Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        var agencies = await db.Agencies.Where(a => a.Id == share.SenderAgencyId || a.Id == share.RecipientAgencyId)
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var team = share.RecipientTeamId is { } t ? await db.Teams.Where(x => x.Id == t).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var version = await registry.VersionAsync(share.GatewayRegistryVersion, cancellationToken);
        return new ShareView
        {
            Share = share,
            ChildName = await db.ChildRecords.Where(c => c.Id == share.ChildRecordId).Select(c => c.GivenName + " " + c.FamilyName).SingleAsync(cancellationToken),
            SenderAgency = agencies[share.SenderAgencyId],
            SenderName = share.SenderId is { } s && names.TryGetValue(s, out var n) ? n : "An agency system",
            Recipient = share.RecipientKind switch
            {
                ShareRecipientKind.Practitioner => $"{(names.TryGetValue(share.RecipientPractitionerId!.Value, out var p) ? p : "")}, {agencies[share.RecipientAgencyId]}",
                ShareRecipientKind.Team => $"{team}, {agencies[share.RecipientAgencyId]}",
                _ => agencies[share.RecipientAgencyId],
            },
            Gateway = $"{version?.Find(share.GatewayCode)?.Title ?? share.GatewayCode} (registry version {share.GatewayRegistryVersion})",
            People = names,
            Categories = await db.ConcernCategories.ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken),
            Agencies = agencies,
        };
    }
}
