using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>The checks on the answers alone; checks against stored data (recipient, concerns, shields) are in the service.</summary>
public static class ShareValidator
{
    public static void Purpose(ValidationErrors errors, SharingPurpose? purpose, string? other)
    {
        if (purpose is null || !Enum.IsDefined(purpose.Value))
        {
            errors.Add(nameof(SendShareInput.Purpose), "Select why you are sharing this information");
        }
        else if (purpose == SharingPurpose.Other)
        {
            errors.Required(nameof(SendShareInput.PurposeOther), other, "Enter why you are sharing this information");
        }

        errors.MaxLength(nameof(SendShareInput.PurposeOther), other, ShareDraft.ReasonMaxLength, "Why you are sharing");
    }

    public static void Consent(ValidationErrors errors, ConsentState? consent, ConsentNotSoughtReason? reason, string? note)
    {
        if (consent is null || !Enum.IsDefined(consent.Value))
        {
            errors.Add(nameof(SendShareInput.Consent), "Select whether the family agreed to you sharing this information");
        }
        else if (consent == ConsentState.NotSought && (reason is null || !Enum.IsDefined(reason.Value)))
        {
            errors.Add(nameof(SendShareInput.ConsentNotSoughtReason), "Select why you did not ask for consent");
        }

        errors.MaxLength(nameof(SendShareInput.ConsentNote), note, ShareDraft.ReasonMaxLength, "The note about consent");
    }

    public static void Recipient(ValidationErrors errors, ShareRecipientKind? kind, Guid? agencyId, Guid? teamId, Guid? practitionerId)
    {
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            errors.Add(nameof(SendShareInput.RecipientKind), "Select who you are sharing with");
            return;
        }

        if (agencyId is null)
        {
            errors.Add(nameof(SendShareInput.RecipientAgencyId), "Select the agency you are sharing with");
        }
        else if (kind == ShareRecipientKind.Team && teamId is null)
        {
            errors.Add(nameof(SendShareInput.RecipientTeamId), "Select the team you are sharing with");
        }
        else if (kind == ShareRecipientKind.Practitioner && practitionerId is null)
        {
            errors.Add(nameof(SendShareInput.RecipientPractitionerId), "Select the practitioner you are sharing with");
        }
    }

    public static void Content(ValidationErrors errors, string? facts, string? opinion)
    {
        errors.Required(nameof(SendShareInput.SummaryFacts), facts, "Enter a summary of the facts you are sharing");
        errors.MaxLength(nameof(SendShareInput.SummaryFacts), facts, ShareDraft.TextMaxLength, "The summary of facts");
        errors.MaxLength(nameof(SendShareInput.SummaryOpinion), opinion, ShareDraft.TextMaxLength, "Your view");
    }

    public static void Family(ValidationErrors errors, bool? told, string? reason)
    {
        if (told is null)
        {
            errors.Add(nameof(SendShareInput.FamilyTold), "Select whether you will tell the family you are sharing this information");
        }
        else if (told == false)
        {
            errors.Required(nameof(SendShareInput.FamilyNotToldReason), reason, "Enter why you will not tell the family");
        }

        errors.MaxLength(nameof(SendShareInput.FamilyNotToldReason), reason, ShareDraft.ReasonMaxLength, "Why you will not tell the family");
    }

    public static void LawfulBasis(ValidationErrors errors, Article6Basis? lawfulBasis, string? gatewayCode)
    {
        if (lawfulBasis is null || !Enum.IsDefined(lawfulBasis.Value))
        {
            errors.Add(nameof(SendShareInput.LawfulBasis), "Select the lawful basis for sharing");
        }

        errors.Required(nameof(SendShareInput.GatewayCode), gatewayCode, "Select the law that allows or requires you to share (the legislative gateway)");
    }

    public static ValidationErrors Validate(SendShareInput input)
    {
        var errors = new ValidationErrors();
        Purpose(errors, input.Purpose, input.PurposeOther);
        Consent(errors, input.Consent, input.ConsentNotSoughtReason, input.ConsentNote);
        Recipient(errors, input.RecipientKind, input.RecipientAgencyId, input.RecipientTeamId, input.RecipientPractitionerId);
        Content(errors, input.SummaryFacts, input.SummaryOpinion);
        Family(errors, input.FamilyTold, input.FamilyNotToldReason);
        LawfulBasis(errors, input.LawfulBasis, input.GatewayCode);
        return errors;
    }
}
