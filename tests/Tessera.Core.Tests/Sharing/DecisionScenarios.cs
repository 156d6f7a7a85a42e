using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;
using static Tessera.Core.Modules.Partnership.Models.AgencyType;
using static Tessera.Core.Modules.Sharing.Contracts.Article6Basis;
using static Tessera.Core.Modules.Sharing.Contracts.Article9Condition;
using static Tessera.Core.Modules.Sharing.Contracts.ConsentNotSoughtReason;
using static Tessera.Core.Modules.Sharing.Contracts.ConsentState;
using static Tessera.Core.Modules.Sharing.Contracts.Schedule1Condition;
using static Tessera.Core.Modules.Sharing.Contracts.SharingPurpose;

namespace Tessera.Core.Tests.Sharing;

/// <summary>One row of the decision table: the answers, the registry state, and what the engine must suggest.</summary>
public sealed record DecisionScenario(
    int Number,
    AgencyType Sender,
    AgencyType Recipient,
    SharingPurpose Purpose,
    ConsentState Consent,
    ConsentNotSoughtReason? NotSoughtReason,
    DataCategories Data,
    bool DutyToShareCommenced,
    Article6Basis? Article6,
    Article9Condition? Article9,
    Schedule1Condition? SpecialCondition,
    Schedule1Condition? CriminalCondition,
    string[] Gateways,
    bool ConsentNeeded)
{
    public SharingFacts Facts => new(Sender, Recipient, Purpose, Consent, NotSoughtReason, Data);

    public override string ToString() => $"#{Number} {Sender} to {Recipient}, {Purpose}, {Consent}";
}

/// <summary>
/// The decision table. The same rows are in docs/sharing-decisions.md; <see cref="DecisionTableDocTests"/> fails if
/// the two drift apart. Gateways are listed in registry order.
/// </summary>
public static class DecisionScenarios
{
    private const DataCategories P = DataCategories.PersonalData;
    private const DataCategories SC = DataCategories.PersonalData | DataCategories.SpecialCategory;
    private const DataCategories CO = DataCategories.PersonalData | DataCategories.CriminalOffence;
    private const DataCategories Every = DataCategories.PersonalData | DataCategories.SpecialCategory | DataCategories.CriminalOffence;
    private const string S17 = "CA1989-S17", S27 = "CA1989-S27", S47 = "CA1989-S47", S10 = "CA2004-S10", S11 = "CA2004-S11",
        S16LA = "CA2004-S16LA", S115 = "CDA1998-S115", Schools = "EA2002-S175-S157", Encompass = "VPA2024-ENCOMPASS", Gdpr = "UKGDPR-DPA2018";

    public static IReadOnlyList<DecisionScenario> All => Rows;

    public static TheoryData<DecisionScenario> Data => new(Rows);

    private static readonly DecisionScenario[] Rows =
    [
        // Safeguarding: consent is not needed; public authorities use public task.
        new(1, School, ChildrensSocialCare, Safeguarding, NotSought, WouldIncreaseRisk, P, false, PublicTask, null, null, null, [S47, S10, Schools], false),
        new(2, School, ChildrensSocialCare, Safeguarding, NotSought, WouldIncreaseRisk, SC, false, PublicTask, SubstantialPublicInterest, SafeguardingOfChildren, null, [S47, S10, Schools], false),
        new(3, GpPractice, ChildrensSocialCare, Safeguarding, NotSought, WouldPrejudiceAnInvestigation, SC, false, PublicTask, SubstantialPublicInterest, SafeguardingOfChildren, null, [S47], false),
        new(4, Police, ChildrensSocialCare, Safeguarding, NotSought, WouldPrejudiceAnInvestigation, CO, false, PublicTask, null, null, SafeguardingOfChildren, [S10, S11, S115], false),
        new(5, Police, School, Safeguarding, NotSought, WouldIncreaseRisk, CO, false, PublicTask, null, null, SafeguardingOfChildren, [S10, S11, Encompass], false),
        new(6, Police, EarlyYears, Safeguarding, NotSought, WouldCauseUndueDelay, P, false, PublicTask, null, null, null, [S11, Encompass], false),
        new(7, HospitalTrust, ChildrensSocialCare, Safeguarding, NotSought, CannotReasonablyBeObtained, SC, false, PublicTask, SubstantialPublicInterest, SafeguardingOfChildren, null, [S47, S10, S11], false),
        new(8, UnscheduledCare, Police, Safeguarding, Refused, null, SC, false, PublicTask, SubstantialPublicInterest, SafeguardingOfChildren, null, [S10, S11], false),
        new(9, CSC, Police, Safeguarding, NotSought, WouldPrejudiceAnInvestigation, P, false, PublicTask, null, null, null, [S17, S10, S11], false),
        new(10, CSC, CSC, Safeguarding, NotSought, WouldCauseUndueDelay, SC, false, PublicTask, SubstantialPublicInterest, SafeguardingOfChildren, null, [S17, S47, S10, S11], false),
        new(11, EarlyHelp, CSC, Safeguarding, Given, null, SC, false, PublicTask, SubstantialPublicInterest, StatutoryPurposes, null, [S17, S47, S10, S11], false),
        new(12, School, CSC, Safeguarding, ChildGaveOwnConsent, null, SC, false, PublicTask, SubstantialPublicInterest, StatutoryPurposes, null, [S47, S10, Schools], false),
        new(13, HealthVisitingAndSchoolNursing, IntegratedCareBoard, Safeguarding, Refused, null, Every, false, PublicTask, SubstantialPublicInterest, SafeguardingOfChildren, SafeguardingOfChildren, [S10, S11, S115], false),
        new(14, College, Police, Safeguarding, NotSought, WouldIncreaseRisk, CO, false, PublicTask, null, null, SafeguardingOfChildren, [S10, S115, Schools], false),

        // Safeguarding by partners that are not public authorities: recognised legitimate interest.
        new(15, VoluntarySector, CSC, Safeguarding, NotSought, WouldIncreaseRisk, P, false, RecognisedLegitimateInterest, null, null, null, [Gdpr], false),
        new(16, VoluntarySector, Police, Safeguarding, Refused, null, Every, false, RecognisedLegitimateInterest, SubstantialPublicInterest, SafeguardingOfChildren, SafeguardingOfChildren, [S115], false),
        new(17, AgencyType.Other, CSC, Safeguarding, Given, null, P, false, RecognisedLegitimateInterest, null, null, null, [Gdpr], false),
        new(18, VoluntarySector, CSC, Safeguarding, Given, null, SC, false, RecognisedLegitimateInterest, ExplicitConsent, null, null, [Gdpr], false),
        new(19, VoluntarySector, Police, Safeguarding, Given, null, CO, false, RecognisedLegitimateInterest, null, null, Schedule1Condition.Consent, [S115], false),

        // Welfare or early help: consent is the norm.
        new(20, HealthVisitingAndSchoolNursing, EarlyHelp, WelfareOrEarlyHelp, Given, null, SC, false, PublicTask, HealthOrSocialCare, HealthOrSocialCarePurposes, null, [S27, S10, S11], true),
        new(21, School, EarlyHelp, WelfareOrEarlyHelp, Given, null, P, false, PublicTask, null, null, null, [S10, Schools], true),
        new(22, School, EarlyHelp, WelfareOrEarlyHelp, Given, null, SC, false, PublicTask, SubstantialPublicInterest, StatutoryPurposes, null, [S10, Schools], true),
        new(23, School, EarlyHelp, WelfareOrEarlyHelp, Refused, null, P, false, null, null, null, null, [], true),
        new(24, GpPractice, EarlyHelp, WelfareOrEarlyHelp, NotSought, WouldIncreaseRisk, P, false, null, null, null, null, [], true),
        new(25, GpPractice, EarlyHelp, WelfareOrEarlyHelp, NotSought, WouldCauseUndueDelay, P, false, null, null, null, null, [], true),
        new(26, GpPractice, EarlyHelp, WelfareOrEarlyHelp, ChildGaveOwnConsent, null, SC, false, PublicTask, HealthOrSocialCare, HealthOrSocialCarePurposes, null, [S27], true),
        new(27, VoluntarySector, EarlyHelp, WelfareOrEarlyHelp, Given, null, P, false, Article6Basis.Consent, null, null, null, [Gdpr], true),
        new(28, VoluntarySector, EarlyHelp, WelfareOrEarlyHelp, Given, null, SC, false, Article6Basis.Consent, ExplicitConsent, null, null, [Gdpr], true),
        new(29, College, School, WelfareOrEarlyHelp, Given, null, CO, false, PublicTask, null, null, StatutoryPurposes, [S10, Schools], true),
        new(30, CSC, GpPractice, WelfareOrEarlyHelp, Given, null, SC, false, PublicTask, HealthOrSocialCare, HealthOrSocialCarePurposes, null, [S17, S11], true),
        new(31, VoluntarySector, School, WelfareOrEarlyHelp, Given, null, CO, false, Article6Basis.Consent, null, null, Schedule1Condition.Consent, [Gdpr], true),

        // Other purposes: consent or advice.
        new(32, School, HospitalTrust, SharingPurpose.Other, Given, null, P, false, Article6Basis.Consent, null, null, null, [Gdpr], true),
        new(33, School, HospitalTrust, SharingPurpose.Other, Given, null, SC, false, Article6Basis.Consent, ExplicitConsent, null, null, [Gdpr], true),
        new(34, Police, School, SharingPurpose.Other, Refused, null, P, false, null, null, null, null, [], true),
        new(35, Police, School, SharingPurpose.Other, NotSought, WouldIncreaseRisk, P, false, null, null, null, null, [], true),
        new(36, HospitalTrust, VoluntarySector, SharingPurpose.Other, ChildGaveOwnConsent, null, Every, false, Article6Basis.Consent, ExplicitConsent, null, Schedule1Condition.Consent, [Gdpr], true),

        // Incomplete answers: no suggestion until the reason is given.
        new(37, School, CSC, Safeguarding, NotSought, null, P, false, null, null, null, null, [], true),

        // Once the partners record the duty to share (Children Act 2004 s16LA) as in force, it becomes a legal obligation.
        new(38, School, CSC, Safeguarding, NotSought, WouldIncreaseRisk, P, true, LegalObligation, null, null, null, [S47, S10, S16LA, Schools], false),
        new(39, School, EarlyHelp, WelfareOrEarlyHelp, Refused, null, P, true, LegalObligation, null, null, null, [S10, S16LA, Schools], false),
        new(40, VoluntarySector, CSC, Safeguarding, NotSought, WouldIncreaseRisk, P, true, RecognisedLegitimateInterest, null, null, null, [Gdpr], false),
        new(41, GpPractice, EarlyHelp, WelfareOrEarlyHelp, Refused, null, SC, true, LegalObligation, HealthOrSocialCare, HealthOrSocialCarePurposes, null, [S27, S16LA], false),
        new(42, EarlyYears, CSC, WelfareOrEarlyHelp, Refused, null, CO, true, LegalObligation, null, null, StatutoryPurposes, [S16LA], false),
    ];

    private const AgencyType CSC = ChildrensSocialCare;
}
