using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Seeding;

/// <summary>A demo account: every one signs in with <see cref="DemoSignIns.Password"/> and enrols two-factor on first sign-in where its roles need it.</summary>
public sealed record DemoSignIn(string Email, string DisplayName, string JobTitle, string AgencyKey, string TeamName, PractitionerRoles Roles)
{
    public string AgencyName => RiversidePartnership.Agency(AgencyKey).Name;
}

/// <summary>
/// The fixed sign-ins of the demo partnership, listed in docs/demo-sign-ins.md. The people are invented and the
/// addresses use the reserved <c>.example</c> domain, so no message can ever reach a real mailbox.
/// </summary>
public static class DemoSignIns
{
    /// <summary>The one documented password shared by every demo account. Never use a seeded database for real work.</summary>
    public const string Password = "Riverside-Demo-2026!";

    private const PractitionerRoles P = PractitionerRoles.Practitioner;
    private const PractitionerRoles Trusted = PractitionerRoles.Practitioner | PractitionerRoles.TrustedPractitioner;
    private const PractitionerRoles Dsl = PractitionerRoles.Practitioner | PractitionerRoles.DesignatedSafeguardingLead;

    public static readonly IReadOnlyList<DemoSignIn> All =
    [
        new("admin@riverside-council.example", "Helen Marsh", "Partnership business manager", "council", "Multi-Agency Safeguarding Hub", PractitionerRoles.PartnershipAdministrator),
        new("strategic-lead@riverside-icb.example", "Dr Anjali Rao", "Director of nursing and safeguarding", "icb", "Designated Safeguarding Professionals", PractitionerRoles.StrategicLead),
        new("privacy@riverside-council.example", "Gareth Pryce", "Information governance and privacy officer", "council", "Multi-Agency Safeguarding Hub", PractitionerRoles.PrivacyOfficer),
        new("caldicott@riverside-hospitals.example", "Dr Miriam Okoro", "Caldicott guardian", "hospital", "Safeguarding Children Team", PractitionerRoles.PrivacyOfficer),
        new("screener@riverside-council.example", "Tom Fairbairn", "MASH screener (social worker)", "council", "Multi-Agency Safeguarding Hub", PractitionerRoles.Practitioner | PractitionerRoles.MashScreener),
        new("mash-manager@riverside-council.example", "Sunita Varma", "MASH team manager", "council", "Multi-Agency Safeguarding Hub", PractitionerRoles.Practitioner | PractitionerRoles.MashManager),
        new("social-worker@riverside-council.example", "Kwabena Owusu-Ansah", "Social worker", "council", "Assessment and Intervention Team", Trusted),
        new("dsl@riverside-police.example", "DS Claire Whitfield", "Detective sergeant, public protection", "police", "Public Protection Unit", Dsl),
        new("officer@riverside-police.example", "PC Daniel Novak", "Police constable", "police", "Neighbourhood Policing Team", P),
        new("dsl@riverside-earlyhelp.example", "Bronwen Lloyd", "Early help team manager", "early-help", "Family Hub North", Dsl),
        new("family-worker@riverside-earlyhelp.example", "Marcus Bailey", "Family support worker", "early-help", "Family Hub South", P),
        new("safeguarding@riverside-hospitals.example", "Joanne Ferris", "Named nurse for safeguarding children", "hospital", "Safeguarding Children Team", Dsl),
        new("nurse@riverside-hospitals.example", "Ifeoma Eze", "Children's nurse", "hospital", "Children's Ward", P),
        new("dsl@riverside-urgentcare.example", "Dr Peter Lindqvist", "Safeguarding lead, emergency department", "urgent-care", "Emergency Department", Dsl),
        new("clinician@riverside-urgentcare.example", "Aoife Brennan", "Emergency nurse practitioner", "urgent-care", "Urgent Treatment Centre", P),
        new("dsl@meadowbank-surgery.example", "Dr Rashid Qureshi", "GP safeguarding lead", "meadowbank", "Clinical Team", Dsl),
        new("gp@meadowbank-surgery.example", "Dr Emily Hartley", "General practitioner", "meadowbank", "Clinical Team", P),
        new("dsl@castlestreet-medical.example", "Dr Grace Adjei", "GP safeguarding lead", "castle-street", "Clinical Team", Dsl),
        new("gp@castlestreet-medical.example", "Dr Tomasz Zielinski", "General practitioner", "castle-street", "Clinical Team", P),
        new("dsl@riverside-hvsn.example", "Karen Holloway", "Safeguarding lead, health visiting and school nursing", "hvsn", "Health Visiting", Dsl),
        new("health-visitor@riverside-hvsn.example", "Nadia Rahman", "Health visitor", "hvsn", "Health Visiting", P),
        new("school-nurse@riverside-hvsn.example", "Lucy Ashworth", "School nurse", "hvsn", "School Nursing", Trusted),
        new("dsl@oakfield-primary.example", "Mrs Sarah Pemberton", "Deputy head and designated safeguarding lead", "oakfield", "Safeguarding Team", Dsl),
        new("teacher@oakfield-primary.example", "Mr Jamal Hughes", "Year 4 class teacher", "oakfield", "Safeguarding Team", P),
        new("dsl@stannes-primary.example", "Mrs Catherine Doyle", "Headteacher and designated safeguarding lead", "st-annes", "Safeguarding Team", Dsl),
        new("teacher@stannes-primary.example", "Miss Harpreet Sandhu", "Reception teacher", "st-annes", "Safeguarding Team", P),
        new("dsl@riverside-academy.example", "Mr Olusegun Adebayo", "Designated safeguarding lead", "riverside-academy", "Safeguarding Team", Dsl),
        new("teacher@riverside-academy.example", "Ms Rebecca Stone", "Head of year 9", "riverside-academy", "Pastoral Team", P),
        new("dsl@kingsmead-high.example", "Mrs Agnieszka Kowalczyk", "Designated safeguarding lead", "kingsmead", "Safeguarding Team", Dsl),
        new("teacher@kingsmead-high.example", "Mr Owen Gallagher-Reid", "Form tutor", "kingsmead", "Pastoral Team", P),
        new("dsl@riverside-college.example", "Ms Yvonne Campbell", "Designated safeguarding lead", "college", "Student Support", Dsl),
        new("tutor@riverside-college.example", "Mr Arun Mistry", "Personal tutor", "college", "Student Support", P),
        new("dsl@little-acorns.example", "Mrs Dawn Fletcher", "Nursery manager and designated safeguarding lead", "little-acorns", "Pre-school Room", Dsl),
        new("keyworker@little-acorns.example", "Miss Chloe Wright", "Early years key worker", "little-acorns", "Pre-school Room", P),
        new("dsl@riverside-ypt.example", "Femi Adeyemi", "Safeguarding lead", "young-peoples-trust", "Youth Work Team", Dsl),
        new("youth-worker@riverside-ypt.example", "Holly Jenkins", "Youth worker", "young-peoples-trust", "Youth Work Team", P),
    ];
}
