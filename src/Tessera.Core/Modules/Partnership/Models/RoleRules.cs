namespace Tessera.Core.Modules.Partnership.Models;

public static class RoleRules
{
    /// <summary>
    /// Roles that see safeguarding records across a whole agency (including its historic records) or the front door
    /// must use two-factor sign-in.
    /// </summary>
    public const PractitionerRoles TwoFactorRequired =
        PractitionerRoles.TrustedPractitioner
        | PractitionerRoles.DesignatedSafeguardingLead
        | PractitionerRoles.MashScreener
        | PractitionerRoles.MashManager
        | PractitionerRoles.PrivacyOfficer;

    public static bool RequiresTwoFactor(this PractitionerRoles roles) => (roles & TwoFactorRequired) != 0;

    public static bool Has(this PractitionerRoles roles, PractitionerRoles role) => (roles & role) == role;

    /// <summary>Strategic leads see aggregates only; unless they also hold a case role they never see a child.</summary>
    public static bool SeesChildren(this PractitionerRoles roles) =>
        (roles & ~(PractitionerRoles.StrategicLead | PractitionerRoles.PartnershipAdministrator)) != 0;
}
