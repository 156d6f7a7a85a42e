namespace Tessera.Core.Modules.Partnership.Models;

/// <summary>Kinds of agency in a safeguarding partnership. Stored numbers are stable.</summary>
public enum AgencyType
{
    Police = 1,
    ChildrensSocialCare = 2,
    EarlyHelp = 3,
    IntegratedCareBoard = 10,
    HospitalTrust = 11,
    GpPractice = 12,
    UnscheduledCare = 13,
    HealthVisitingAndSchoolNursing = 14,
    School = 20,
    College = 21,
    EarlyYears = 22,
    VoluntarySector = 30,
    Other = 99,
}
