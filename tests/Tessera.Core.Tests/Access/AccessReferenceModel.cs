using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Tests.Access;

/// <summary>
/// The access rules written out again, independently and as plainly as possible, from the requirement rather than from
/// <c>AccessPolicy</c>: first the facts are reduced to a handful of yes/no answers, then a table says, for each
/// purpose, which answers let the practitioner in.
/// </summary>
public static class AccessReferenceModel
{
    /// <summary>The yes/no questions the rules are written in.</summary>
    public sealed record Answers(
        bool Disabled,
        bool SeesChildren,
        bool AgencyWide,
        bool PlainPractitioner,
        bool Dsl,
        bool PrivacyOfficer,
        bool SameAgency,
        bool TeamAllows,
        bool CaseHolder,
        bool Assigned,
        bool Shared,
        bool Emergency)
    {
        /// <summary>"Your agency's record, and your role and team let you see it."</summary>
        public bool OwnRecord => SameAgency && (AgencyWide || (PlainPractitioner && (TeamAllows || CaseHolder)));
    }

    /// <summary>Row per purpose: who gets in, given the relationship answers. Disabled and childless roles never reach the table.</summary>
    private static readonly Dictionary<AccessPurpose, Func<Answers, bool>> Table = new()
    {
        [AccessPurpose.View] = a => a.OwnRecord || a.Assigned || a.Emergency,
        [AccessPurpose.ViewShared] = a => a.OwnRecord || a.Assigned || a.Shared || a.Emergency,
        [AccessPurpose.RecordConcern] = a => a.OwnRecord || (a.Assigned && a.SameAgency),
        [AccessPurpose.Manage] = a => a.OwnRecord && a.Dsl,
        [AccessPurpose.Shield] = a => a.OwnRecord,
        [AccessPurpose.Unshield] = a => a.OwnRecord && a.Dsl,
        [AccessPurpose.ViewAuditTrail] = a => a.OwnRecord && (a.PrivacyOfficer || a.Dsl || a.CaseHolder),
        [AccessPurpose.DataRights] = a => a.OwnRecord && a.PrivacyOfficer,
    };

    public static bool Allows(Answers answers, AccessPurpose purpose) =>
        !answers.Disabled && answers.SeesChildren && Table[purpose](answers);

    public static Answers Answer(AccessFacts facts)
    {
        var who = facts.Practitioner;
        var child = facts.Child;
        var now = facts.Now;
        bool Has(PractitionerRoles role) => (who.Roles & role) == role;
        bool Current(DateTimeOffset from, DateTimeOffset? until) => from <= now && (until is null || now < until.Value);

        var wide = Has(PractitionerRoles.TrustedPractitioner) || Has(PractitionerRoles.DesignatedSafeguardingLead)
            || Has(PractitionerRoles.MashScreener) || Has(PractitionerRoles.MashManager) || Has(PractitionerRoles.PrivacyOfficer);
        var addressed = facts.Shares.Any(s => Current(s.From, s.Until) && s.Audience switch
        {
            ShareAudience.Practitioner => s.AudienceId == who.Id,
            ShareAudience.Team => who.TeamId is { } team && s.AudienceId == team,
            ShareAudience.Agency => s.AudienceId == who.AgencyId,
            _ => false,
        });
        return new Answers(
            Disabled: who.Disabled,
            SeesChildren: wide || Has(PractitionerRoles.Practitioner),
            AgencyWide: wide,
            PlainPractitioner: Has(PractitionerRoles.Practitioner),
            Dsl: Has(PractitionerRoles.DesignatedSafeguardingLead),
            PrivacyOfficer: Has(PractitionerRoles.PrivacyOfficer),
            SameAgency: who.AgencyId == child.AgencyId,
            TeamAllows: child.TeamId is null || (who.TeamId is { } mine && mine == child.TeamId),
            CaseHolder: child.CaseHolderId is { } holder && holder == who.Id,
            Assigned: facts.Assignments.Any(a => Current(a.From, a.Until)),
            Shared: addressed,
            Emergency: facts.Emergencies.Any(e => Current(e.From, e.Until)));
    }

    /// <summary>The emergency access a permitted read is made under: the first one in force, if any.</summary>
    public static Guid? EmergencyUsed(AccessFacts facts) =>
        facts.Emergencies.FirstOrDefault(e => e.From <= facts.Now && facts.Now < e.Until)?.Id;
}
