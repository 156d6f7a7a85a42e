using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Practice;

/// <summary>Options for the practice library's forms and filters, and plain names for stored values.</summary>
public static class PracticeChoices
{
    public static readonly Choice[] Themes = PracticeThemeNames.All.Select(t => new Choice(t.ToString(), PracticeThemeNames.For(t))).ToArray();

    public static readonly Choice[] AgencyTypes = Enum.GetValues<AgencyType>().Select(t => new Choice(t.ToString(), AgencyName(t))).ToArray();

    public static string AgencyName(AgencyType type) => type switch
    {
        AgencyType.Police => "Police",
        AgencyType.ChildrensSocialCare => "Children's social care",
        AgencyType.EarlyHelp => "Early help",
        AgencyType.IntegratedCareBoard => "Integrated care board",
        AgencyType.HospitalTrust => "Hospital trust",
        AgencyType.GpPractice => "GP practice",
        AgencyType.UnscheduledCare => "Unscheduled care (A&E, urgent care, 111, ambulance)",
        AgencyType.HealthVisitingAndSchoolNursing => "Health visiting and school nursing",
        AgencyType.School => "School",
        AgencyType.College => "College",
        AgencyType.EarlyYears => "Early years",
        AgencyType.VoluntarySector => "Voluntary sector",
        _ => "Other",
    };

    public static string AgencyNames(string stored) =>
        string.Join(", ", PipeList.Split(stored).Select(t => Enum.TryParse<AgencyType>(t, out var type) ? AgencyName(type) : t));

    public static string ThemeNames(PracticeThemes themes) => string.Join(", ", PracticeThemeNames.Each(themes));

    public static string StatusName(PracticeExampleStatus status) => status switch
    {
        PracticeExampleStatus.AwaitingModeration => "Waiting to be checked",
        PracticeExampleStatus.Published => "Published",
        _ => "Not published",
    };
}
