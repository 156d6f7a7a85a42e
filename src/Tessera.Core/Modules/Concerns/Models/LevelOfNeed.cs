namespace Tessera.Core.Modules.Concerns.Models;

/// <summary>The four levels of need used across England's continuum-of-need documents.</summary>
public enum LevelOfNeed
{
    Universal = 1,
    EarlyHelp = 2,
    Targeted = 3,
    Specialist = 4,
}

public static class LevelOfNeedNames
{
    public static string For(LevelOfNeed level) => level switch
    {
        LevelOfNeed.Universal => "Level 1: universal",
        LevelOfNeed.EarlyHelp => "Level 2: early help",
        LevelOfNeed.Targeted => "Level 3: targeted",
        LevelOfNeed.Specialist => "Level 4: specialist or statutory",
        _ => level.ToString(),
    };
}
