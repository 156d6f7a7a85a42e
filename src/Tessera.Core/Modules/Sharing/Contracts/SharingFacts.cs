using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Sharing.Contracts;

/// <summary>
/// The answers the decision engine needs, and nothing about the child: the lawful basis depends on who is sharing
/// with whom, why, what consent there is and what kinds of data go, never on who the child is.
/// </summary>
public sealed record SharingFacts(
    AgencyType SenderAgencyType,
    AgencyType RecipientAgencyType,
    SharingPurpose Purpose,
    ConsentState Consent,
    ConsentNotSoughtReason? ConsentNotSoughtReason,
    DataCategories DataCategories);

/// <summary>Why the practitioner wants to share. Stored numbers are stable.</summary>
public enum SharingPurpose
{
    /// <summary>A child is at risk, or perceived risk, of harm: consent is not needed (golden rule 3).</summary>
    Safeguarding = 1,

    /// <summary>Welfare or early help: support that normally rests on the family's agreement.</summary>
    WelfareOrEarlyHelp = 2,

    /// <summary>Anything else: only consent makes sharing lawful here without advice.</summary>
    Other = 3,
}

/// <summary>The consent position at the time of the decision. Stored numbers are stable.</summary>
public enum ConsentState
{
    Given = 1,
    Refused = 2,

    /// <summary>Not asked for; a <see cref="Contracts.ConsentNotSoughtReason"/> is then required.</summary>
    NotSought = 3,

    /// <summary>The child gave their own consent, being Gillick-competent.</summary>
    ChildGaveOwnConsent = 4,
}

/// <summary>Why consent was not sought (DOMAIN.md §3). Stored numbers are stable.</summary>
public enum ConsentNotSoughtReason
{
    WouldIncreaseRisk = 1,
    WouldPrejudiceAnInvestigation = 2,
    WouldCauseUndueDelay = 3,
    CannotReasonablyBeObtained = 4,
}

/// <summary>
/// Kinds of data being shared. Flags, because one share often mixes them, and each kind adds its own condition
/// (Art 9 for special category, Art 10 for criminal offence data) on top of the Art 6 basis.
/// </summary>
[Flags]
public enum DataCategories
{
    None = 0,
    PersonalData = 1,

    /// <summary>Health, ethnicity, religion, sexual life and the other Art 9(1) categories.</summary>
    SpecialCategory = 2,

    /// <summary>Allegations, offences, convictions and related security measures (Art 10).</summary>
    CriminalOffence = 4,
}
