using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Sharing.Decisions;

/// <summary>Groupings of agency types that change which lawful basis fits.</summary>
public static class AgencyKinds
{
    /// <summary>
    /// Public authorities rely on Art 6(1)(e) public task. The voluntary sector, and agencies of unknown kind, are
    /// treated as not public so they are offered Art 6(1)(ea) instead of a basis they cannot use.
    /// </summary>
    public static bool IsPublicAuthority(AgencyType type) => type is not (AgencyType.VoluntarySector or AgencyType.Other);

    /// <summary>Health and social care bodies can use Art 9(2)(h) for welfare work.</summary>
    public static bool IsHealthOrSocialCare(AgencyType type) => type is AgencyType.IntegratedCareBoard or AgencyType.HospitalTrust
        or AgencyType.GpPractice or AgencyType.UnscheduledCare or AgencyType.HealthVisitingAndSchoolNursing
        or AgencyType.ChildrensSocialCare or AgencyType.EarlyHelp;
}
