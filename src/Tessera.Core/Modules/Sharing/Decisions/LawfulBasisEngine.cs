using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Decisions;

/// <summary>
/// Suggests the lawful basis and gateways for a share from the answers alone. Pure (no database, no clock), so the
/// whole table of scenarios in docs/sharing-decisions.md is tested directly. The gateways come from the registry
/// snapshot given, so a change the partners approve changes suggestions without a release.
/// </summary>
public static class LawfulBasisEngine
{
    public static LawfulBasisSuggestion Suggest(SharingFacts facts, GatewayRegistrySnapshot registry)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(registry);
        var reasons = new List<string>();

        if (facts.Consent == ConsentState.NotSought && facts.ConsentNotSoughtReason is null)
        {
            reasons.Add("Say why consent was not sought before a lawful basis can be suggested.");
            return new LawfulBasisSuggestion(null, null, null, null, [], reasons, ConsentNeeded: true, registry.Version);
        }

        var statutory = registry.Gateways.Where(g => g.InForce && g.Kind != GatewayKind.Framework && Matches(g, facts)).ToList();
        var context = new Context(facts, AgencyKinds.IsPublicAuthority(facts.SenderAgencyType), statutory.Any(g => g.CreatesLegalObligation));

        var (article6, consentNeeded) = facts.Purpose switch
        {
            SharingPurpose.Safeguarding => Safeguarding(context, reasons),
            SharingPurpose.WelfareOrEarlyHelp => Welfare(context, reasons),
            _ => OtherPurpose(context, reasons),
        };
        if (article6 is null)
        {
            return new LawfulBasisSuggestion(null, null, null, null, [], reasons, consentNeeded, registry.Version);
        }

        var (article9, specialCondition) = facts.DataCategories.HasFlag(DataCategories.SpecialCategory) ? SpecialCategory(context, reasons) : (null, null);
        var criminalCondition = facts.DataCategories.HasFlag(DataCategories.CriminalOffence) ? CriminalOffence(context, reasons) : (Schedule1Condition?)null;

        var gateways = statutory;
        if (gateways.Count == 0)
        {
            // No statute applies: the share rests on data protection law alone (in practice, consent).
            gateways = registry.Gateways.Where(g => g.InForce && g.Code == GatewayCodes.DataProtection).ToList();
        }

        reasons.AddRange(gateways.Select(g => $"{g.Title}: {g.Allows}"));
        return new LawfulBasisSuggestion(article6, article9, specialCondition, criminalCondition,
            gateways.Select(g => g.Code).ToList(), reasons, consentNeeded, registry.Version);
    }

    private sealed record Context(SharingFacts Facts, bool SenderIsPublic, bool DutyToShare)
    {
        public bool ConsentHeld => Facts.Consent is ConsentState.Given or ConsentState.ChildGaveOwnConsent;
    }

    private static bool Matches(GatewayEntry gateway, SharingFacts facts) =>
        (gateway.SenderTypes.Count == 0 || gateway.SenderTypes.Contains(facts.SenderAgencyType))
        && (gateway.RecipientTypes.Count == 0 || gateway.RecipientTypes.Contains(facts.RecipientAgencyType))
        && (gateway.Purposes.Count == 0 || gateway.Purposes.Contains(facts.Purpose))
        && (facts.DataCategories & gateway.RequiresData) == gateway.RequiresData;

    private static (Article6Basis?, bool) Safeguarding(Context context, List<string> reasons)
    {
        reasons.Add("A child's protection from harm comes before privacy. You do not need consent where a child is at risk of harm, but you do need a lawful basis.");
        AddConsentNote(context.Facts, reasons);
        if (context.DutyToShare)
        {
            reasons.Add("You have a legal duty to share this, unless sharing would be more detrimental to the child than not sharing.");
            return (Article6Basis.LegalObligation, false);
        }

        if (context.SenderIsPublic)
        {
            reasons.Add("Your agency is a public authority: sharing to protect a child is part of its public task.");
            return (Article6Basis.PublicTask, false);
        }

        reasons.Add("Your agency is not a public authority: safeguarding a vulnerable individual is a recognised legitimate interest.");
        return (Article6Basis.RecognisedLegitimateInterest, false);
    }

    private static (Article6Basis?, bool) Welfare(Context context, List<string> reasons)
    {
        AddConsentNote(context.Facts, reasons);
        if (context.DutyToShare)
        {
            reasons.Add("You have a legal duty to share information relevant to a child's welfare, unless sharing would be more detrimental to the child than not sharing.");
            return (Article6Basis.LegalObligation, false);
        }

        if (context.ConsentHeld)
        {
            if (context.SenderIsPublic)
            {
                reasons.Add("Your agency is a public authority: supporting a child's welfare is part of its public task, and you have consent to share.");
                return (Article6Basis.PublicTask, true);
            }

            reasons.Add("Your agency is not a public authority: for welfare or early help, consent is the basis.");
            return (Article6Basis.Consent, true);
        }

        reasons.Add(context.Facts.Consent == ConsentState.Refused
            ? "Consent was refused. For welfare or early help, do not share without it unless you now think the child is at risk of harm: then the purpose is safeguarding."
            : context.Facts.ConsentNotSoughtReason is ConsentNotSoughtReason.WouldIncreaseRisk or ConsentNotSoughtReason.WouldPrejudiceAnInvestigation
                ? "The reason you gave suggests the child may be at risk of harm. If so, the purpose is safeguarding."
                : "For welfare or early help, ask for consent first.");
        reasons.Add("If you are not sure, seek advice.");
        return (null, true);
    }

    private static (Article6Basis?, bool) OtherPurpose(Context context, List<string> reasons)
    {
        AddConsentNote(context.Facts, reasons);
        if (context.ConsentHeld)
        {
            reasons.Add("The purpose is not safeguarding or welfare: consent is the basis.");
            return (Article6Basis.Consent, true);
        }

        reasons.Add("The purpose is not safeguarding or welfare and there is no consent. Seek advice before sharing.");
        return (null, true);
    }

    private static (Article9Condition?, Schedule1Condition?) SpecialCategory(Context context, List<string> reasons)
    {
        var purpose = context.Facts.Purpose;
        if (purpose == SharingPurpose.Safeguarding && !context.ConsentHeld)
        {
            reasons.Add("Special category data: substantial public interest, safeguarding of children and of individuals at risk (DPA 2018 Schedule 1 paragraph 18).");
            return (Article9Condition.SubstantialPublicInterest, Schedule1Condition.SafeguardingOfChildren);
        }

        if (purpose == SharingPurpose.WelfareOrEarlyHelp && AgencyKinds.IsHealthOrSocialCare(context.Facts.SenderAgencyType))
        {
            reasons.Add("Special category data: health or social care purposes (DPA 2018 Schedule 1 paragraph 2).");
            return (Article9Condition.HealthOrSocialCare, Schedule1Condition.HealthOrSocialCarePurposes);
        }

        if (purpose != SharingPurpose.Other && (context.SenderIsPublic || context.DutyToShare))
        {
            reasons.Add("Special category data: substantial public interest, statutory purposes (DPA 2018 Schedule 1 paragraph 6).");
            return (Article9Condition.SubstantialPublicInterest, Schedule1Condition.StatutoryPurposes);
        }

        reasons.Add("Special category data: the explicit consent you hold.");
        return (Article9Condition.ExplicitConsent, null);
    }

    private static Schedule1Condition CriminalOffence(Context context, List<string> reasons)
    {
        var purpose = context.Facts.Purpose;
        if (purpose == SharingPurpose.Safeguarding && !context.ConsentHeld)
        {
            reasons.Add("Criminal offence data: safeguarding of children (DPA 2018 Schedule 1 paragraph 18, applied by paragraph 36).");
            return Schedule1Condition.SafeguardingOfChildren;
        }

        if (purpose != SharingPurpose.Other && (context.SenderIsPublic || context.DutyToShare))
        {
            reasons.Add("Criminal offence data: statutory purposes (DPA 2018 Schedule 1 paragraph 6).");
            return Schedule1Condition.StatutoryPurposes;
        }

        reasons.Add("Criminal offence data: consent (DPA 2018 Schedule 1 paragraph 29).");
        return Schedule1Condition.Consent;
    }

    private static void AddConsentNote(SharingFacts facts, List<string> reasons)
    {
        switch (facts.Consent)
        {
            case ConsentState.ChildGaveOwnConsent:
                reasons.Add("The child gave their own consent: record why you think they are Gillick-competent.");
                break;
            case ConsentState.Refused when facts.Purpose == SharingPurpose.Safeguarding:
                reasons.Add("Consent was refused: record why sharing without it is needed to protect the child.");
                break;
            case ConsentState.NotSought when facts.Purpose == SharingPurpose.Safeguarding:
                reasons.Add($"Consent was not sought because it {ConsentReasonText(facts.ConsentNotSoughtReason)}: record this.");
                break;
        }
    }

    public static string ConsentReasonText(ConsentNotSoughtReason? reason) => reason switch
    {
        ConsentNotSoughtReason.WouldIncreaseRisk => "would increase the risk of harm",
        ConsentNotSoughtReason.WouldPrejudiceAnInvestigation => "would prejudice an investigation",
        ConsentNotSoughtReason.WouldCauseUndueDelay => "would cause undue delay",
        ConsentNotSoughtReason.CannotReasonablyBeObtained => "cannot reasonably be obtained",
        _ => "was not needed",
    };
}
