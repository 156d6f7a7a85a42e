namespace Tessera.Core.Modules.Partnership.Models;

/// <summary>Roles a practitioner can hold; a person may hold several. Stored as bit flags, so values are stable.</summary>
[Flags]
public enum PractitionerRoles
{
    None = 0,
    Practitioner = 1,
    TrustedPractitioner = 2,
    DesignatedSafeguardingLead = 4,
    MashScreener = 8,
    MashManager = 16,
    PrivacyOfficer = 32,
    PartnershipAdministrator = 64,
    StrategicLead = 128,
}
