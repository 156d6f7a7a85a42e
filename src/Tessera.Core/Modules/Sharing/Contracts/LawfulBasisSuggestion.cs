namespace Tessera.Core.Modules.Sharing.Contracts;

/// <summary>
/// What the decision engine suggests. A suggestion, not a decision: the practitioner confirms or changes it and the
/// decision record keeps both. <see cref="Article6"/> is null when no basis can be suggested — the journey then
/// sends the practitioner to seek advice rather than guessing (golden rule 4).
/// </summary>
public sealed record LawfulBasisSuggestion(
    Article6Basis? Article6,
    Article9Condition? Article9,
    Schedule1Condition? SpecialCategoryCondition,
    Schedule1Condition? CriminalOffenceCondition,
    IReadOnlyList<string> GatewayCodes,
    IReadOnlyList<string> Reasons,
    bool ConsentNeeded,
    int RegistryVersion)
{
    /// <summary>True when the engine could not find a basis: the practitioner should seek advice before sharing.</summary>
    public bool SeekAdvice => Article6 is null;
}

/// <summary>UK GDPR Article 6(1) lawful bases. Stored numbers are stable.</summary>
public enum Article6Basis
{
    /// <summary>6(1)(a).</summary>
    Consent = 1,

    /// <summary>6(1)(c): a statutory duty to share, such as Children Act 2004 s16LA once commenced.</summary>
    LegalObligation = 3,

    /// <summary>6(1)(d).</summary>
    VitalInterests = 4,

    /// <summary>6(1)(e): the usual basis for public authorities with safeguarding functions.</summary>
    PublicTask = 5,

    /// <summary>6(1)(ea), Data (Use and Access) Act 2025: safeguarding a vulnerable individual, for partners that are not public authorities.</summary>
    RecognisedLegitimateInterest = 6,
}

/// <summary>UK GDPR Article 9(2) conditions for special category data. Stored numbers are stable.</summary>
public enum Article9Condition
{
    /// <summary>9(2)(a).</summary>
    ExplicitConsent = 1,

    /// <summary>9(2)(g), with a DPA 2018 Sch 1 Pt 2 condition.</summary>
    SubstantialPublicInterest = 7,

    /// <summary>9(2)(h), with DPA 2018 Sch 1 Pt 1 para 2.</summary>
    HealthOrSocialCare = 8,
}

/// <summary>DPA 2018 Schedule 1 conditions. Stored numbers are stable.</summary>
public enum Schedule1Condition
{
    /// <summary>Pt 1 para 2: health or social care purposes.</summary>
    HealthOrSocialCarePurposes = 2,

    /// <summary>Pt 2 para 6: statutory and government purposes.</summary>
    StatutoryPurposes = 6,

    /// <summary>Pt 2 para 18: safeguarding of children and of individuals at risk (for criminal offence data through Pt 3 para 36).</summary>
    SafeguardingOfChildren = 18,

    /// <summary>Pt 3 para 29: consent, for criminal offence data.</summary>
    Consent = 29,
}
