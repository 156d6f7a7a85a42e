namespace Tessera.Core.Modules.Barriers.Models;

/// <summary>Stored numbers are stable; the export names them by code.</summary>
public enum BarrierType
{
    LegalUncertainty = 1,
    CouldNotFindContact = 2,
    SystemAccess = 3,
    ConsentConfusion = 4,
    Terminology = 5,
    Other = 99,
}

public enum BarrierStatus
{
    New = 1,
    UnderReview = 2,
    Responded = 3,
}

public static class BarrierNames
{
    public static string For(BarrierType type) => type switch
    {
        BarrierType.LegalUncertainty => "Unsure whether the law allowed sharing",
        BarrierType.CouldNotFindContact => "Could not find the right contact",
        BarrierType.SystemAccess => "Could not get into a system",
        BarrierType.ConsentConfusion => "Unclear about consent",
        BarrierType.Terminology => "Different words or terms between agencies",
        _ => "Something else",
    };

    public static string For(BarrierStatus status) => status switch
    {
        BarrierStatus.New => "New",
        BarrierStatus.UnderReview => "Being looked at",
        _ => "Responded",
    };

    /// <summary>Codes for the export: stable, no spaces.</summary>
    public static string Code(BarrierType type) => type switch
    {
        BarrierType.LegalUncertainty => "legal-uncertainty",
        BarrierType.CouldNotFindContact => "could-not-find-contact",
        BarrierType.SystemAccess => "system-access",
        BarrierType.ConsentConfusion => "consent-confusion",
        BarrierType.Terminology => "terminology",
        _ => "other",
    };
}
