using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Seeding;

/// <summary>
/// One agency of the invented Riverside partnership. <see cref="MinAge"/> and <see cref="MaxAge"/> are the ages of
/// children the agency works with; an agency with <see cref="HoldsChildRecords"/> false (the ICB) keeps no child records.
/// </summary>
public sealed record AgencyDefinition(
    string Key,
    string Name,
    AgencyType Type,
    string Domain,
    IReadOnlyList<string> Teams,
    int MinAge,
    int MaxAge,
    string ReferencePrefix,
    bool HoldsChildRecords = true);

/// <summary>The invented Riverside Safeguarding Partnership that every demo and synthetic seed uses.</summary>
public static class RiversidePartnership
{
    public const string Name = "Riverside Safeguarding Partnership";
    public const string Town = "Riverside";

    public static readonly IReadOnlyList<AgencyDefinition> Agencies =
    [
        new("police", "Riverside Police", AgencyType.Police, "riverside-police.example",
            ["Public Protection Unit", "Neighbourhood Policing Team"], 0, 17, "RVP"),
        new("council", "Riverside Council children's social care (MASH)", AgencyType.ChildrensSocialCare, "riverside-council.example",
            ["Multi-Agency Safeguarding Hub", "Assessment and Intervention Team"], 0, 17, "LCS"),
        new("early-help", "Riverside Early Help", AgencyType.EarlyHelp, "riverside-earlyhelp.example",
            ["Family Hub North", "Family Hub South"], 0, 17, "EH"),
        new("icb", "Riverside Integrated Care Board", AgencyType.IntegratedCareBoard, "riverside-icb.example",
            ["Designated Safeguarding Professionals"], 0, 17, "ICB", HoldsChildRecords: false),
        new("hospital", "Riverside Hospitals NHS Trust", AgencyType.HospitalTrust, "riverside-hospitals.example",
            ["Children's Ward", "Safeguarding Children Team"], 0, 17, "RVH"),
        new("urgent-care", "Riverside Urgent Care", AgencyType.UnscheduledCare, "riverside-urgentcare.example",
            ["Emergency Department", "Urgent Treatment Centre"], 0, 17, "UC"),
        new("meadowbank", "Meadowbank Surgery", AgencyType.GpPractice, "meadowbank-surgery.example",
            ["Clinical Team"], 0, 17, "MBS"),
        new("castle-street", "Castle Street Medical Centre", AgencyType.GpPractice, "castlestreet-medical.example",
            ["Clinical Team"], 0, 17, "CSM"),
        new("hvsn", "Riverside Health Visiting and School Nursing", AgencyType.HealthVisitingAndSchoolNursing, "riverside-hvsn.example",
            ["Health Visiting", "School Nursing"], 0, 17, "HV"),
        new("oakfield", "Oakfield Primary School", AgencyType.School, "oakfield-primary.example",
            ["Safeguarding Team"], 4, 10, "OPS"),
        new("st-annes", "St Anne's Church of England Primary School", AgencyType.School, "stannes-primary.example",
            ["Safeguarding Team"], 4, 10, "SAP"),
        new("riverside-academy", "Riverside Academy", AgencyType.School, "riverside-academy.example",
            ["Pastoral Team", "Safeguarding Team"], 11, 15, "RVA"),
        new("kingsmead", "Kingsmead High School", AgencyType.School, "kingsmead-high.example",
            ["Pastoral Team", "Safeguarding Team"], 11, 15, "KHS"),
        new("college", "Riverside College", AgencyType.College, "riverside-college.example",
            ["Student Support"], 16, 17, "RVC"),
        new("little-acorns", "Little Acorns Nursery", AgencyType.EarlyYears, "little-acorns.example",
            ["Pre-school Room"], 0, 4, "LAN"),
        new("young-peoples-trust", "Riverside Young People's Trust", AgencyType.VoluntarySector, "riverside-ypt.example",
            ["Youth Work Team"], 8, 17, "YPT"),
    ];

    public static AgencyDefinition Agency(string key) => Agencies.Single(a => a.Key == key);
}
