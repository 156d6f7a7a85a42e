using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;
using static Tessera.Core.Modules.Partnership.Models.AgencyType;
using static Tessera.Core.Modules.Sharing.Contracts.SharingPurpose;

namespace Tessera.Core.Modules.Sharing.Gateways;

/// <summary>
/// Version 1 of the registry, from DOMAIN.md §3. The partnership edits it from here through proposals; this list is
/// only the starting point, so the law as a partnership applies it lives in data, not in code.
/// </summary>
public static class GatewaySeed
{
    public const int FirstVersion = 1;

    // Children Act 2004 s11 bodies (local authority, ICB and NHS bodies, police); schools are not s11 bodies.
    private static readonly AgencyType[] Section11Bodies = [ChildrensSocialCare, EarlyHelp, Police, IntegratedCareBoard, HospitalTrust, UnscheduledCare, HealthVisitingAndSchoolNursing];

    // The local authority and its "relevant partners" under Children Act 2004 s10, which include schools and colleges.
    private static readonly AgencyType[] Section10Partners = [ChildrensSocialCare, EarlyHelp, Police, IntegratedCareBoard, HospitalTrust, UnscheduledCare, HealthVisitingAndSchoolNursing, School, College];

    private static readonly AgencyType[] LocalAuthority = [ChildrensSocialCare, EarlyHelp];

    private static readonly AgencyType[] Health = [IntegratedCareBoard, HospitalTrust, GpPractice, UnscheduledCare, HealthVisitingAndSchoolNursing];

    private static readonly AgencyType[] PublicAuthorities = [Police, ChildrensSocialCare, EarlyHelp, IntegratedCareBoard, HospitalTrust, GpPractice, UnscheduledCare, HealthVisitingAndSchoolNursing, School, College, EarlyYears];

    public static IReadOnlyList<GatewayEntry> Gateways { get; } =
    [
        new("CA1989-S17", "Children Act 1989 section 17", "Local authorities", GatewayKind.Duty,
            "Provide services for children in need and assess their needs.",
            LocalAuthority, [], [Safeguarding, WelfareOrEarlyHelp], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("CA1989-S27", "Children Act 1989 section 27", "Other authorities and health bodies asked by a local authority", GatewayKind.Duty,
            "When a local authority asks for help, they must give it if it is compatible with their own duties.",
            [IntegratedCareBoard, HospitalTrust, GpPractice, UnscheduledCare, HealthVisitingAndSchoolNursing], LocalAuthority, [WelfareOrEarlyHelp], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("CA1989-S47", "Children Act 1989 section 47 (and 47(9) to (11))", "Local authority enquiries into significant harm, and the bodies named to assist", GatewayKind.Duty,
            "The local authority must make enquiries where a child may be suffering significant harm; named bodies must help with information.",
            [ChildrensSocialCare, EarlyHelp, IntegratedCareBoard, HospitalTrust, GpPractice, UnscheduledCare, HealthVisitingAndSchoolNursing, School, College],
            [ChildrensSocialCare], [Safeguarding], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("CA2004-S10", "Children Act 2004 section 10", "Local authorities and their relevant partners", GatewayKind.Duty,
            "Co-operate to improve the well-being of children.",
            Section10Partners, Section10Partners, [Safeguarding, WelfareOrEarlyHelp], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("CA2004-S11", "Children Act 2004 section 11", "Local authorities, NHS bodies, police and other section 11 bodies", GatewayKind.Duty,
            "Make sure their functions are carried out having regard to the need to safeguard and promote the welfare of children.",
            Section11Bodies, [], [Safeguarding, WelfareOrEarlyHelp], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("CA2004-S16LA", "Children Act 2004 sections 16LA and 16LC (2026)", "Section 11 bodies, education and childcare agencies, and their contractors", GatewayKind.Duty,
            "Share information relevant to a child's safeguarding or welfare unless sharing is more detrimental to the child than not sharing; include the consistent identifier. In force only once commenced by regulations.",
            [.. Section11Bodies, GpPractice, School, College, EarlyYears], [], [Safeguarding, WelfareOrEarlyHelp], DataCategories.None, InForce: false, CreatesLegalObligation: true),
        new("CDA1998-S115", "Crime and Disorder Act 1998 section 115", "Anyone, disclosing to the police, local authorities, probation or health bodies", GatewayKind.Power,
            "A power, not a duty, to disclose information for the purposes of reducing crime and disorder.",
            [], [Police, ChildrensSocialCare, EarlyHelp, IntegratedCareBoard, HospitalTrust, GpPractice, UnscheduledCare, HealthVisitingAndSchoolNursing],
            [Safeguarding], DataCategories.CriminalOffence, InForce: true, CreatesLegalObligation: false),
        new("EA2002-S175-S157", "Education Act 2002 sections 175 and 157", "Schools and colleges", GatewayKind.Duty,
            "Safeguard and promote the welfare of pupils (Keeping children safe in education).",
            [School, College], [], [Safeguarding, WelfareOrEarlyHelp], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("VPA2024-ENCOMPASS", "Victims and Prisoners Act 2024 (Operation Encompass)", "Police", GatewayKind.Duty,
            "Tell a child's school or early years setting about domestic abuse incidents the child was involved in.",
            [Police], [School, EarlyYears], [Safeguarding], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("UKGDPR-DPA2018", "UK GDPR and Data Protection Act 2018", "All controllers", GatewayKind.Framework,
            "Sharing is lawful on an Article 6 basis, with an Article 9 or 10 condition for special category or criminal offence data.",
            [], [], [], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("HRA1998-ART8", "Human Rights Act 1998, Article 8", "Public authorities", GatewayKind.Framework,
            "Interfering with private and family life must be lawful, necessary and proportionate.",
            PublicAuthorities, [], [], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("COMMON-LAW-CONFIDENTIALITY", "Common law duty of confidentiality", "Anyone holding confidential information", GatewayKind.Framework,
            "Disclose with consent, under a legal duty, or where there is an overriding public interest.",
            [], [], [], DataCategories.None, InForce: true, CreatesLegalObligation: false),
        new("CALDICOTT", "Caldicott principles", "Health and care", GatewayKind.Framework,
            "Principle 7: the duty to share information can be as important as the duty to protect confidentiality.",
            [.. Health, ChildrensSocialCare, EarlyHelp], [], [], DataCategories.None, InForce: true, CreatesLegalObligation: false),
    ];

    /// <summary>The seed as a snapshot, for tests and for a registry that has not been saved yet.</summary>
    public static GatewayRegistrySnapshot Snapshot(DateTimeOffset effectiveFrom) => new(FirstVersion, effectiveFrom, Gateways);
}
