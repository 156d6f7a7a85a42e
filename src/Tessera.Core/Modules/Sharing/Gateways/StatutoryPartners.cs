using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Sharing.Gateways;

public static class StatutoryPartners
{
    public static IReadOnlyList<StatutoryPartner> All { get; } = [StatutoryPartner.LocalAuthority, StatutoryPartner.IntegratedCareBoard, StatutoryPartner.Police];

    /// <summary>Which partner an agency speaks for: the local authority through its children's social care agency.</summary>
    public static StatutoryPartner? For(AgencyType type) => type switch
    {
        AgencyType.ChildrensSocialCare => StatutoryPartner.LocalAuthority,
        AgencyType.IntegratedCareBoard => StatutoryPartner.IntegratedCareBoard,
        AgencyType.Police => StatutoryPartner.Police,
        _ => null,
    };

    /// <summary>
    /// A representative is a senior role in a statutory partner's agency: its DSL, privacy officer or partnership
    /// administrator. Ordinary practitioners cannot commit their organisation to a reading of the law.
    /// </summary>
    public static bool CanRepresent(PractitionerRoles roles) =>
        (roles & (PractitionerRoles.DesignatedSafeguardingLead | PractitionerRoles.PrivacyOfficer | PractitionerRoles.PartnershipAdministrator)) != 0;

    public static string Name(StatutoryPartner partner) => partner switch
    {
        StatutoryPartner.LocalAuthority => "Local authority (children's social care)",
        StatutoryPartner.IntegratedCareBoard => "Integrated care board",
        _ => "Police",
    };
}
