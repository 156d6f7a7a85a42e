using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>
/// Gathers the facts for <see cref="AccessPolicy"/> from the database (the practitioner as stored now, so a role change
/// or disabling applies at once) and audits every denial.
/// </summary>
public sealed class AccessService(TesseraDbContext db, TimeProvider clock, AuditTrail audit, IEnumerable<IShareFactSource> shareSources)
{
    public async Task<PractitionerFacts?> PractitionerAsync(Guid practitionerId, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(p => p.Id == practitionerId)
            .Select(p => new PractitionerFacts(p.Id, p.AgencyId, p.TeamId, p.Roles, p.IsDisabled))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<ChildFacts?> ChildAsync(Guid childRecordId, CancellationToken cancellationToken = default) =>
        await db.ChildRecords.AsNoTracking().Where(c => c.Id == childRecordId)
            .Select(c => new ChildFacts(c.Id, c.AgencyId, c.TeamId, c.CaseHolderId))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The facts for one practitioner and one child, or null when either does not exist.</summary>
    public async Task<AccessFacts?> FactsAsync(Guid practitionerId, Guid childRecordId, CancellationToken cancellationToken = default)
    {
        var who = await PractitionerAsync(practitionerId, cancellationToken);
        var child = who is null ? null : await ChildAsync(childRecordId, cancellationToken);
        if (who is null || child is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var assignments = await db.ChildAssignments.AsNoTracking()
            .Where(a => a.ChildRecordId == childRecordId && a.PractitionerId == practitionerId && (a.EndsAt == null || a.EndsAt > now))
            .Select(a => new AssignmentFact(a.Id, a.AssignedAt, a.EndsAt))
            .ToListAsync(cancellationToken);
        var emergencies = await db.EmergencyAccesses.AsNoTracking()
            .Where(e => e.ChildRecordId == childRecordId && e.PractitionerId == practitionerId && e.ExpiresAt > now)
            .Select(e => new EmergencyFact(e.Id, e.StartedAt, e.ExpiresAt))
            .ToListAsync(cancellationToken);
        var shares = new List<ShareFact>();
        foreach (var source in shareSources)
        {
            shares.AddRange(await source.SharesAsync(childRecordId, who, cancellationToken));
        }

        return new AccessFacts(who, child, assignments, emergencies, shares, now);
    }

    /// <summary>
    /// Decides whether the actor may use the child's record for the purpose. A denial is audited (committed) before it
    /// is returned; callers answer it with "not found" so they do not reveal that the record exists.
    /// </summary>
    public async Task<AccessDecision> DecideAsync(Actor actor, Guid childRecordId, AccessPurpose purpose, CancellationToken cancellationToken = default)
    {
        var decision = actor.Kind switch
        {
            ActorKind.Practitioner when actor.Id is { } id => await DecideForPractitionerAsync(id, childRecordId, purpose, cancellationToken),
            ActorKind.ApiClient => await DecideForAgencySystemAsync(actor, childRecordId, purpose, cancellationToken),
            _ => AccessDecision.Deny("not signed in"),
        };
        if (!decision.Allowed)
        {
            var exists = await db.ChildRecords.AnyAsync(c => c.Id == childRecordId, cancellationToken);
            await audit.RecordAsync(AuditAction.Denied, actor, "child", childRecordId, exists ? childRecordId : null,
                new { purpose = purpose.ToString(), reason = decision.DenialReason }, cancellationToken: cancellationToken);
        }

        return decision;
    }

    private async Task<AccessDecision> DecideForPractitionerAsync(Guid practitionerId, Guid childRecordId, AccessPurpose purpose, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(practitionerId, childRecordId, cancellationToken);
        return facts is null ? AccessDecision.Deny("no such record") : AccessPolicy.Decide(facts, purpose);
    }

    /// <summary>An agency's own system sees and adds to its agency's records only.</summary>
    private async Task<AccessDecision> DecideForAgencySystemAsync(Actor actor, Guid childRecordId, AccessPurpose purpose, CancellationToken cancellationToken)
    {
        var child = await ChildAsync(childRecordId, cancellationToken);
        return child is not null && child.AgencyId == actor.AgencyId && purpose is AccessPurpose.View or AccessPurpose.RecordConcern
            ? new AccessDecision(true, [new Relationship(RelationshipKind.AgencyRecord, child.AgencyId, null)], null, null)
            : AccessDecision.Deny(child is null ? "no such record" : "not the agency's record");
    }
}
