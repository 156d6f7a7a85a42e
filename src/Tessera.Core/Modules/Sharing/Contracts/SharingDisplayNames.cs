namespace Tessera.Core.Modules.Sharing.Contracts;

/// <summary>Plain-English names for the lawful basis terms, shared by pages, the decision record and the docs table.</summary>
public static class SharingDisplayNames
{
    public static string For(SharingPurpose purpose) => purpose switch
    {
        SharingPurpose.Safeguarding => "Safeguarding",
        SharingPurpose.WelfareOrEarlyHelp => "Welfare or early help",
        _ => "Other",
    };

    public static string For(ConsentState consent) => consent switch
    {
        ConsentState.Given => "Given",
        ConsentState.Refused => "Refused",
        ConsentState.NotSought => "Not sought",
        _ => "The child's own consent (Gillick-competent)",
    };

    public static string For(ConsentNotSoughtReason reason) => reason switch
    {
        ConsentNotSoughtReason.WouldIncreaseRisk => "Would increase risk",
        ConsentNotSoughtReason.WouldPrejudiceAnInvestigation => "Would prejudice an investigation",
        ConsentNotSoughtReason.WouldCauseUndueDelay => "Would cause undue delay",
        _ => "Cannot reasonably be obtained",
    };

    public static string For(DataCategories data)
    {
        var parts = new List<string>();
        if (data.HasFlag(DataCategories.PersonalData))
        {
            parts.Add("personal");
        }

        if (data.HasFlag(DataCategories.SpecialCategory))
        {
            parts.Add("special category");
        }

        if (data.HasFlag(DataCategories.CriminalOffence))
        {
            parts.Add("criminal offence");
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    public static string For(Article6Basis basis) => basis switch
    {
        Article6Basis.Consent => "Art 6(1)(a) consent",
        Article6Basis.LegalObligation => "Art 6(1)(c) legal obligation",
        Article6Basis.VitalInterests => "Art 6(1)(d) vital interests",
        Article6Basis.PublicTask => "Art 6(1)(e) public task",
        _ => "Art 6(1)(ea) recognised legitimate interest (safeguarding)",
    };

    public static string For(Article9Condition condition) => condition switch
    {
        Article9Condition.ExplicitConsent => "Art 9(2)(a) explicit consent",
        Article9Condition.SubstantialPublicInterest => "Art 9(2)(g) substantial public interest",
        _ => "Art 9(2)(h) health or social care",
    };

    public static string For(Schedule1Condition condition) => condition switch
    {
        Schedule1Condition.HealthOrSocialCarePurposes => "Sch 1 para 2 health or social care",
        Schedule1Condition.StatutoryPurposes => "Sch 1 para 6 statutory purposes",
        Schedule1Condition.SafeguardingOfChildren => "Sch 1 para 18 safeguarding of children",
        _ => "Sch 1 para 29 consent",
    };

    public static string For(GatewayKind kind) => kind switch
    {
        GatewayKind.Duty => "Duty",
        GatewayKind.Power => "Power",
        _ => "Framework",
    };
}
