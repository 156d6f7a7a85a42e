namespace Tessera.Core.Modules.Practice.Models;

/// <summary>The programme's three aims, used as themes. Bit flags; stored numbers are stable.</summary>
[Flags]
public enum PracticeThemes
{
    None = 0,
    UnderstandingVulnerabilityAndRisk = 1,
    StrategicLeadershipAndCommunication = 2,
    ProfessionalCapability = 4,
}

public static class PracticeThemeNames
{
    public static readonly PracticeThemes[] All =
        [PracticeThemes.UnderstandingVulnerabilityAndRisk, PracticeThemes.StrategicLeadershipAndCommunication, PracticeThemes.ProfessionalCapability];

    public static string For(PracticeThemes theme) => theme switch
    {
        PracticeThemes.UnderstandingVulnerabilityAndRisk => "Understanding vulnerability and risk",
        PracticeThemes.StrategicLeadershipAndCommunication => "Strategic leadership and communication",
        PracticeThemes.ProfessionalCapability => "Professional capability",
        _ => theme.ToString(),
    };

    public static IEnumerable<string> Each(PracticeThemes themes) => All.Where(t => themes.HasFlag(t)).Select(For);
}
