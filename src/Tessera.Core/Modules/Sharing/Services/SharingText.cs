using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Models;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>Plain-English words for the sharing answers, used by pages, alerts, exports and the decision record.</summary>
public static class SharingText
{
    public static string Purpose(SharingPurpose purpose) => purpose switch
    {
        SharingPurpose.Safeguarding => "Safeguarding: a child may be at risk of harm",
        SharingPurpose.WelfareOrEarlyHelp => "Welfare or early help",
        _ => "Another reason",
    };

    public static string Consent(ConsentState consent) => consent switch
    {
        ConsentState.Given => "Given",
        ConsentState.Refused => "Refused",
        ConsentState.ChildGaveOwnConsent => "The child agreed, and is old enough and able to decide (Gillick-competent)",
        _ => "Not sought",
    };

    public static string NotSought(ConsentNotSoughtReason reason) => reason switch
    {
        ConsentNotSoughtReason.WouldIncreaseRisk => "Asking would increase the risk to the child",
        ConsentNotSoughtReason.WouldPrejudiceAnInvestigation => "Asking would prejudice a police or social care investigation",
        ConsentNotSoughtReason.WouldCauseUndueDelay => "Asking would cause undue delay",
        _ => "Consent cannot reasonably be obtained",
    };

    public static string NotShared(NotSharedReason reason) => reason switch
    {
        NotSharedReason.MoreDetrimentalThanNotSharing => "Sharing would be more harmful to the child than not sharing",
        NotSharedReason.NoSafeguardingRelevance => "The information is not relevant to the child's safety or welfare",
        NotSharedReason.WaitingForAdvice => "Waiting for advice",
        _ => "Another reason",
    };

    public static string Basis(Article6Basis basis) => basis switch
    {
        Article6Basis.Consent => "Consent: UK GDPR Article 6(1)(a)",
        Article6Basis.LegalObligation => "Legal obligation: UK GDPR Article 6(1)(c)",
        Article6Basis.VitalInterests => "Vital interests: UK GDPR Article 6(1)(d)",
        Article6Basis.PublicTask => "Public task: UK GDPR Article 6(1)(e)",
        Article6Basis.RecognisedLegitimateInterest => "Recognised legitimate interest (safeguarding): UK GDPR Article 6(1)(ea)",
        _ => basis.ToString(),
    };

    public static string Article9(Article9Condition condition) => condition switch
    {
        Article9Condition.ExplicitConsent => "Explicit consent: Article 9(2)(a)",
        Article9Condition.SubstantialPublicInterest => "Substantial public interest: Article 9(2)(g)",
        Article9Condition.HealthOrSocialCare => "Health or social care: Article 9(2)(h)",
        _ => condition.ToString(),
    };

    public static string Schedule1(Schedule1Condition condition) => condition switch
    {
        Schedule1Condition.HealthOrSocialCarePurposes => "Health or social care purposes: DPA 2018 Schedule 1 paragraph 2",
        Schedule1Condition.StatutoryPurposes => "Statutory and government purposes: DPA 2018 Schedule 1 paragraph 6",
        Schedule1Condition.SafeguardingOfChildren => "Safeguarding of children and individuals at risk: DPA 2018 Schedule 1 paragraph 18",
        Schedule1Condition.Consent => "Consent: DPA 2018 Schedule 1 paragraph 29",
        _ => condition.ToString(),
    };

    public static string Outcome(ShareOutcomeKind outcome) => outcome switch
    {
        ShareOutcomeKind.ReferralAccepted => "Referral accepted",
        ShareOutcomeKind.AssessmentStarted => "Assessment started",
        ShareOutcomeKind.NoFurtherAction => "No further action",
        _ => "Other",
    };

    public static string Recipient(ShareRecipientKind kind) => kind switch
    {
        ShareRecipientKind.Agency => "An agency",
        ShareRecipientKind.Team => "A team",
        _ => "A named practitioner",
    };
}
