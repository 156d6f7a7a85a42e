using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>
/// The one place access to a child is decided, from (role, relationship, purpose). Pure: the facts come in, the
/// decision goes out, so it can be tested against a reference model on many generated cases.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Roles that may ever see a child. Strategic leads and administrators see aggregates and settings only.</summary>
    public const PractitionerRoles ChildRoles = PractitionerRoles.Practitioner | PractitionerRoles.TrustedPractitioner
        | PractitionerRoles.DesignatedSafeguardingLead | PractitionerRoles.MashScreener | PractitionerRoles.MashManager
        | PractitionerRoles.PrivacyOfficer;

    /// <summary>Roles that see every record their agency holds, whichever team works with the child.</summary>
    public const PractitionerRoles AgencyWideRoles = PractitionerRoles.TrustedPractitioner | PractitionerRoles.DesignatedSafeguardingLead
        | PractitionerRoles.MashScreener | PractitionerRoles.MashManager | PractitionerRoles.PrivacyOfficer;

    public static AccessDecision Decide(AccessFacts facts, AccessPurpose purpose)
    {
        var who = facts.Practitioner;
        if (who.Disabled)
        {
            return AccessDecision.Deny("account disabled");
        }

        if ((who.Roles & ChildRoles) == 0)
        {
            return AccessDecision.Deny("role sees no children");
        }

        var relationships = Relationships(facts);
        var agencyRecord = relationships.Any(r => r.Kind == RelationshipKind.AgencyRecord);
        var owning = who.AgencyId == facts.Child.AgencyId;
        var allowed = purpose switch
        {
            AccessPurpose.View => relationships.Any(r => r.Kind != RelationshipKind.Share),
            AccessPurpose.ViewShared => relationships.Count > 0,
            AccessPurpose.RecordConcern => agencyRecord || relationships.Any(r => r.Kind == RelationshipKind.Assignment && owning),
            AccessPurpose.Manage or AccessPurpose.Unshield => agencyRecord && Has(who, PractitionerRoles.DesignatedSafeguardingLead),
            AccessPurpose.Shield => agencyRecord,
            AccessPurpose.ViewAuditTrail => agencyRecord && (Has(who, PractitionerRoles.PrivacyOfficer | PractitionerRoles.DesignatedSafeguardingLead)
                || facts.Child.CaseHolderId == who.Id),
            AccessPurpose.DataRights => agencyRecord && Has(who, PractitionerRoles.PrivacyOfficer),
            _ => false,
        };
        if (!allowed)
        {
            return AccessDecision.Deny(relationships.Count == 0 ? "no relationship" : "purpose not allowed");
        }

        var emergency = relationships.FirstOrDefault(r => r.Kind == RelationshipKind.EmergencyAccess);
        return new AccessDecision(true, relationships, emergency?.SourceId, null);
    }

    /// <summary>Every relationship that holds now, whatever the purpose.</summary>
    public static IReadOnlyList<Relationship> Relationships(AccessFacts facts)
    {
        var who = facts.Practitioner;
        var child = facts.Child;
        var now = facts.Now;
        var list = new List<Relationship>();
        if (who.AgencyId == child.AgencyId
            && (Has(who, AgencyWideRoles)
                || (Has(who, PractitionerRoles.Practitioner) && (child.TeamId is null || child.TeamId == who.TeamId || child.CaseHolderId == who.Id))))
        {
            list.Add(new Relationship(RelationshipKind.AgencyRecord, child.AgencyId, null));
        }

        list.AddRange(facts.Assignments.Where(a => a.From <= now && (a.Until is null || now < a.Until))
            .Select(a => new Relationship(RelationshipKind.Assignment, a.Id, a.Until)));
        list.AddRange(facts.Shares.Where(s => s.From <= now && (s.Until is null || now < s.Until) && Addressed(s, who))
            .Select(s => new Relationship(RelationshipKind.Share, s.Id, s.Until)));
        list.AddRange(facts.Emergencies.Where(e => e.From <= now && now < e.Until)
            .Select(e => new Relationship(RelationshipKind.EmergencyAccess, e.Id, e.Until)));
        return list;
    }

    private static bool Addressed(ShareFact share, PractitionerFacts who) => share.Audience switch
    {
        ShareAudience.Practitioner => share.AudienceId == who.Id,
        ShareAudience.Team => who.TeamId == share.AudienceId,
        ShareAudience.Agency => who.AgencyId == share.AudienceId,
        _ => false,
    };

    private static bool Has(PractitionerFacts who, PractitionerRoles roles) => (who.Roles & roles) != 0;
}
