using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>
/// The same decision as <see cref="AccessService"/>, for a page of rows at once (a list of concerns): the facts are
/// gathered in a few queries rather than three per row. Rows that are refused are simply left out of the list, so
/// these are not audited as denials; each row opened is decided and audited on its own page. A decision here carries
/// the relationships that decide the outcome, so share relationships are listed only for <see cref="AccessPurpose.ViewShared"/>.
/// </summary>
public sealed class AccessBatch(TesseraDbContext db, TimeProvider clock, AccessService access, IEnumerable<IShareFactSource> shareSources)
{
    public async Task<IReadOnlyDictionary<Guid, AccessDecision>> DecideAsync(Guid practitionerId, IReadOnlyCollection<Guid> childRecordIds, AccessPurpose purpose, CancellationToken cancellationToken = default) =>
        await DecideAsync(await access.PractitionerAsync(practitionerId, cancellationToken), childRecordIds, purpose, cancellationToken);

    /// <summary>For callers that already loaded the practitioner (to check shields too), so it is not read twice.</summary>
    public async Task<IReadOnlyDictionary<Guid, AccessDecision>> DecideAsync(PractitionerFacts? who, IReadOnlyCollection<Guid> childRecordIds, AccessPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (who is null || childRecordIds.Count == 0)
        {
            return childRecordIds.Distinct().ToDictionary(id => id, _ => AccessDecision.Deny("no such practitioner"));
        }

        var practitionerId = who.Id;

        var ids = childRecordIds.Distinct().ToList();
        var now = clock.GetUtcNow();
        var children = await db.ChildRecords.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new ChildFacts(c.Id, c.AgencyId, c.TeamId, c.CaseHolderId)).ToListAsync(cancellationToken);
        var assignments = (await db.ChildAssignments.AsNoTracking()
            .Where(a => ids.Contains(a.ChildRecordId) && a.PractitionerId == practitionerId && (a.EndsAt == null || a.EndsAt > now))
            .Select(a => new { a.ChildRecordId, Fact = new AssignmentFact(a.Id, a.AssignedAt, a.EndsAt) })
            .ToListAsync(cancellationToken)).ToLookup(a => a.ChildRecordId, a => a.Fact);
        var emergencies = (await db.EmergencyAccesses.AsNoTracking()
            .Where(e => ids.Contains(e.ChildRecordId) && e.PractitionerId == practitionerId && e.ExpiresAt > now)
            .Select(e => new { e.ChildRecordId, Fact = new EmergencyFact(e.Id, e.StartedAt, e.ExpiresAt) })
            .ToListAsync(cancellationToken)).ToLookup(e => e.ChildRecordId, e => e.Fact);
        // A list needs only each row's outcome, and a share changes the outcome only when the purpose is to see what was
        // shared; for every other purpose the share look-up would be a wasted query on the busiest pages.
        var shareLookups = new List<ILookup<Guid, ShareFact>>();
        foreach (var source in purpose == AccessPurpose.ViewShared ? shareSources : [])
        {
            shareLookups.Add(await source.SharesAsync(ids, who, cancellationToken));
        }

        var decisions = ids.ToDictionary(id => id, _ => AccessDecision.Deny("no such record"));
        foreach (var child in children)
        {
            var shares = shareLookups.SelectMany(lookup => lookup[child.ChildRecordId]).ToList();
            var facts = new AccessFacts(who, child, assignments[child.ChildRecordId].ToList(), emergencies[child.ChildRecordId].ToList(), shares, now);
            decisions[child.ChildRecordId] = AccessPolicy.Decide(facts, purpose);
        }

        return decisions;
    }
}
