using System.Security.Cryptography;
using System.Text;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Language.Models;

/// <summary>
/// The shared vocabulary every partnership starts with, seeded as data by the migration; administrators then edit it.
/// Ids are derived from the kind and term so the seed is the same on every database.
/// </summary>
public static class VocabularyDefaults
{
    public static readonly DateTimeOffset SeededAt = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    private static readonly (VocabularyKind Kind, string Term, string Definition)[] Seed =
    [
        .. ConcernTaxonomy.Categories.Select(c => (VocabularyKind.ConcernCategory, c.Name, c.Description)),
        (VocabularyKind.LevelOfNeed, LevelOfNeedNames.For(LevelOfNeed.Universal), "The child's needs are met by services every child uses, such as school and their GP."),
        (VocabularyKind.LevelOfNeed, LevelOfNeedNames.For(LevelOfNeed.EarlyHelp), "The child or family needs some extra help, agreed with them, before problems grow."),
        (VocabularyKind.LevelOfNeed, LevelOfNeedNames.For(LevelOfNeed.Targeted), "The child has several or complex needs and several agencies work together with the family."),
        (VocabularyKind.LevelOfNeed, LevelOfNeedNames.For(LevelOfNeed.Specialist), "The child is, or may be, at risk of significant harm, or needs children's social care by law."),
        (VocabularyKind.Flag, "Child in need", "A child whose health or development is likely to suffer without help from the council's children's services (Children Act 1989, section 17)."),
        (VocabularyKind.Flag, "Child protection plan", "A plan agreed at a child protection conference because the child is at risk of significant harm."),
        (VocabularyKind.Flag, "Looked-after child", "A child in the council's care, for example living with foster carers or in a children's home."),
        (VocabularyKind.Flag, "Care leaver", "A young person aged 16 to 25 who was looked after by the council."),
        (VocabularyKind.Flag, "Young carer", "A child who looks after someone in their family who is ill, disabled or misuses drugs or alcohol."),
        (VocabularyKind.Flag, "Special educational needs", "A child who needs extra help to learn, with or without an education, health and care plan."),
        (VocabularyKind.Flag, "Private fostering", "A child under 16 who lives for 28 days or more with an adult who is not a close relative, arranged privately."),
        (VocabularyKind.Flag, "Unaccompanied asylum-seeking child", "A child seeking asylum in the UK who is not with a parent or carer."),
        (VocabularyKind.Flag, "Missing from education", "A child of school age who is not on a school roll and not being educated elsewhere."),
        (VocabularyKind.Flag, "Elective home education", "A child whose parents have chosen to educate them at home."),
        .. Enum.GetValues<AgencyType>().Select(t => (VocabularyKind.AgencyType, t == AgencyType.Other ? "Other agency" : DisplayNames.For(t), AgencyDefinition(t))),
        .. DisplayNames.AllRoles.Select(r => (VocabularyKind.Role, DisplayNames.For(r), RoleDefinition(r))),
        (VocabularyKind.GeneralTerm, "Non-accidental injury", "An injury that someone caused on purpose rather than by accident."),
        (VocabularyKind.GeneralTerm, "Strategy discussion", "A meeting of police, children's social care and health, held quickly, to decide whether to make child protection enquiries."),
        (VocabularyKind.GeneralTerm, "Child protection enquiry", "Enquiries the council makes when it suspects a child is suffering, or likely to suffer, significant harm (section 47)."),
        (VocabularyKind.GeneralTerm, "Was not brought", "A child missed an appointment because the adult responsible did not bring them."),
        (VocabularyKind.GeneralTerm, "Early help assessment", "A shared assessment, agreed with the family, of what extra help they need."),
        (VocabularyKind.GeneralTerm, "Multi-agency safeguarding hub", "The team where police, children's social care, health and others decide together what happens to a referral."),
        (VocabularyKind.GeneralTerm, "No further action", "The agency has decided not to do anything more."),
    ];

    private static readonly (string AgencyTerm, AgencyType? UsedBy, string SharedTerm)[] SeedMappings =
    [
        ("DA", AgencyType.Police, "Domestic abuse"),
        ("DV", null, "Domestic abuse"),
        ("NAI", AgencyType.HospitalTrust, "Non-accidental injury"),
        ("CIN", AgencyType.ChildrensSocialCare, "Child in need"),
        ("LAC", null, "Looked-after child"),
        ("CLA", AgencyType.ChildrensSocialCare, "Looked-after child"),
        ("CP", AgencyType.ChildrensSocialCare, "Child protection plan"),
        ("CPP", null, "Child protection plan"),
        ("CSE", null, "Child sexual exploitation"),
        ("CCE", null, "Child criminal exploitation"),
        ("FGM", null, "Female genital mutilation"),
        ("MFH", AgencyType.Police, "Missing from home or education"),
        ("CME", AgencyType.School, "Missing from education"),
        ("EHE", AgencyType.School, "Elective home education"),
        ("SEN", AgencyType.School, "Special educational needs"),
        ("SEND", AgencyType.School, "Special educational needs"),
        ("UASC", null, "Unaccompanied asylum-seeking child"),
        ("S47", AgencyType.ChildrensSocialCare, "Child protection enquiry"),
        ("S17", AgencyType.ChildrensSocialCare, "Child in need"),
        ("WNB", AgencyType.GpPractice, "Was not brought"),
        ("DNA", AgencyType.HospitalTrust, "Was not brought"),
        ("EHA", AgencyType.EarlyHelp, "Early help assessment"),
        ("MASH", null, "Multi-agency safeguarding hub"),
        ("NFA", AgencyType.Police, "No further action"),
        ("DSL", AgencyType.School, "Designated safeguarding lead"),
    ];

    public static readonly VocabularyTerm[] Terms = Seed.Select(s => new VocabularyTerm
    {
        Id = TermId(s.Term),
        Kind = s.Kind,
        Term = s.Term,
        NormalisedTerm = VocabularyTerm.Normalise(s.Term),
        Definition = s.Definition,
        VersionNumber = 1,
        ChangedAt = SeededAt,
        Version = StableId("vocabulary-version:" + s.Term),
    }).ToArray();

    public static readonly VocabularyTermVersion[] Versions = Terms.Select(t => new VocabularyTermVersion
    {
        Id = StableId("vocabulary-term-version:" + t.NormalisedTerm + ":1"),
        TermId = t.Id,
        Number = 1,
        Kind = t.Kind,
        Term = t.Term,
        Definition = t.Definition,
        ChangedAt = SeededAt,
    }).ToArray();

    public static readonly AgencyTermMapping[] Mappings = SeedMappings.Select(m => new AgencyTermMapping
    {
        Id = StableId($"agency-term:{m.AgencyTerm}:{(int?)m.UsedBy ?? 0}"),
        AgencyTerm = m.AgencyTerm,
        NormalisedAgencyTerm = VocabularyTerm.Normalise(m.AgencyTerm),
        UsedBy = (int?)m.UsedBy ?? 0,
        TermId = TermId(m.SharedTerm),
        VersionNumber = 1,
        ChangedAt = SeededAt,
        Version = StableId($"agency-term-version:{m.AgencyTerm}:{(int?)m.UsedBy ?? 0}"),
    }).ToArray();

    public static readonly AgencyTermMappingVersion[] MappingVersions = Mappings.Select(m => new AgencyTermMappingVersion
    {
        Id = StableId($"agency-term-version-row:{m.Id}:1"),
        MappingId = m.Id,
        Number = 1,
        AgencyTerm = m.AgencyTerm,
        UsedBy = m.UsedBy,
        TermId = m.TermId,
        ChangedAt = SeededAt,
    }).ToArray();

    public static Guid TermId(string term) => StableId("vocabulary-term:" + VocabularyTerm.Normalise(term));

    private static Guid StableId(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key))[..16]);

    private static string AgencyDefinition(AgencyType type) => type switch
    {
        AgencyType.Police => "The police force for the area, including its public protection and child abuse teams.",
        AgencyType.ChildrensSocialCare => "The council's children's services: assessments, child protection and children in care.",
        AgencyType.EarlyHelp => "The council's early help service, working with families who agree to extra support.",
        AgencyType.IntegratedCareBoard => "The NHS body that plans and pays for health services in the area, home of the designated safeguarding nurse and doctor.",
        AgencyType.HospitalTrust => "A hospital, including its emergency department, children's wards and maternity services.",
        AgencyType.GpPractice => "A family doctor's surgery.",
        AgencyType.UnscheduledCare => "NHS 111, walk-in centres, urgent treatment centres and out-of-hours doctors.",
        AgencyType.HealthVisitingAndSchoolNursing => "Nurses who visit families with children under 5, and nurses who work with schools.",
        AgencyType.School => "A school or academy, including its designated safeguarding lead.",
        AgencyType.College => "A further education college or sixth form.",
        AgencyType.EarlyYears => "A nursery, pre-school or childminder.",
        AgencyType.VoluntarySector => "A charity or community organisation working with children or families.",
        _ => "Any other organisation in the partnership.",
    };

    private static string RoleDefinition(PractitionerRoles role) => role switch
    {
        PractitionerRoles.Practitioner => "Anyone who works with children and records or reads concerns in Tessera.",
        PractitionerRoles.TrustedPractitioner => "A practitioner trusted to see more, such as shared information about children they work with.",
        PractitionerRoles.DesignatedSafeguardingLead => "The person in an agency who leads on safeguarding and decides what to share.",
        PractitionerRoles.MashScreener => "A worker in the multi-agency safeguarding hub who looks at new referrals.",
        PractitionerRoles.MashManager => "A manager in the multi-agency safeguarding hub who decides what happens to a referral.",
        PractitionerRoles.PrivacyOfficer => "The person who answers requests for personal data, reviews emergency access and sets how long records are kept.",
        PractitionerRoles.PartnershipAdministrator => "The person who sets up the partnership's agencies, people and shared vocabulary.",
        PractitionerRoles.StrategicLead => "A leader who sees reports on how the partnership shares information.",
        _ => role.ToString(),
    };
}
