namespace Tessera.Core.Modules.Partnership.Models;

/// <summary>Plain-English names for the partnership's enumerations, in British English.</summary>
public static class DisplayNames
{
    public static readonly IReadOnlyList<PractitionerRoles> AllRoles =
    [
        PractitionerRoles.Practitioner,
        PractitionerRoles.TrustedPractitioner,
        PractitionerRoles.DesignatedSafeguardingLead,
        PractitionerRoles.MashScreener,
        PractitionerRoles.MashManager,
        PractitionerRoles.PrivacyOfficer,
        PractitionerRoles.PartnershipAdministrator,
        PractitionerRoles.StrategicLead,
    ];

    public static string For(AgencyType type) => type switch
    {
        AgencyType.Police => "Police",
        AgencyType.ChildrensSocialCare => "Children's social care",
        AgencyType.EarlyHelp => "Early help",
        AgencyType.IntegratedCareBoard => "Health: integrated care board",
        AgencyType.HospitalTrust => "Health: hospital trust",
        AgencyType.GpPractice => "Health: GP practice",
        AgencyType.UnscheduledCare => "Health: unscheduled care",
        AgencyType.HealthVisitingAndSchoolNursing => "Health: health visiting and school nursing",
        AgencyType.School => "Education: school",
        AgencyType.College => "Education: college",
        AgencyType.EarlyYears => "Education: early years",
        AgencyType.VoluntarySector => "Voluntary sector",
        _ => "Other",
    };

    public static string For(PractitionerRoles role) => role switch
    {
        PractitionerRoles.Practitioner => "Practitioner",
        PractitionerRoles.TrustedPractitioner => "Trusted practitioner",
        PractitionerRoles.DesignatedSafeguardingLead => "Designated safeguarding lead",
        PractitionerRoles.MashScreener => "MASH screener",
        PractitionerRoles.MashManager => "MASH manager",
        PractitionerRoles.PrivacyOfficer => "Privacy officer",
        PractitionerRoles.PartnershipAdministrator => "Partnership administrator",
        PractitionerRoles.StrategicLead => "Strategic lead",
        _ => role.ToString(),
    };

    public static string ListRoles(PractitionerRoles roles) =>
        string.Join(", ", AllRoles.Where(r => roles.HasFlag(r)).Select(For));
}
