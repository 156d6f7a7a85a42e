using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Events;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>
/// Sends shares and records decisions not to share. A share that fails a check is not sent and nothing is saved, so
/// the draft the practitioner was working from stays as it was.
/// </summary>
public sealed class ShareService(TesseraDbContext db, Inbox inbox, ShareRecipients recipients, ShareGateways gateways)
{
    public async Task<Outcome<Share>> SendAsync(SendShareInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var agencyId = process.Actor.AgencyId ?? throw new NotPermittedException("Only a member of an agency can share.");
        var errors = ShareValidator.Validate(input);
        if (!await db.ChildRecords.AnyAsync(c => c.Id == input.ChildRecordId && c.AgencyId == agencyId, cancellationToken))
        {
            errors.Add(nameof(input.ChildRecordId), "Choose a child your agency holds a record of");
        }

        if (input.RecipientKind is { } kind && input.RecipientAgencyId is { } recipientAgency
            && await recipients.CheckAsync(agencyId, kind, recipientAgency, input.RecipientTeamId, input.RecipientPractitionerId, cancellationToken) is { } recipientError)
        {
            errors.Add(recipientError.Field, recipientError.Message);
        }

        var gateway = await gateways.CheckAsync(input, agencyId, errors, cancellationToken);
        var concerns = await ChosenConcernsAsync(input, agencyId, errors, cancellationToken);
        var shields = await db.Shields.AsNoTracking()
            .Where(s => s.ChildRecordId == input.ChildRecordId && s.UnshieldedAt == null).ToListAsync(cancellationToken);
        var shielded = concerns.Where(c => shields.Any(s => s.Target == ShieldTarget.Concern && s.TargetId == c.Id)).ToList();
        if (shielded.Count > 0)
        {
            errors.Add(nameof(input.Concerns), "You cannot share a shielded concern. Remove it from what you share, or ask its owner to unshield it");
        }

        if (!errors.IsValid)
        {
            return Outcome<Share>.Failure(errors);
        }

        var share = new Share
        {
            Id = Guid.CreateVersion7(),
            ShareDraftId = input.ShareDraftId,
            ChildRecordId = input.ChildRecordId,
            SenderId = process.Actor.Kind == ActorKind.Practitioner ? process.Actor.Id : null,
            SenderAgencyId = agencyId,
            SenderRole = await RoleAsync(process, cancellationToken),
            SentAt = process.Now,
            Purpose = input.Purpose!.Value,
            PurposeOther = Clean(input.PurposeOther),
            Consent = input.Consent!.Value,
            ConsentNotSoughtReason = input.Consent == ConsentState.NotSought ? input.ConsentNotSoughtReason : null,
            ConsentNote = Clean(input.ConsentNote),
            RecipientKind = input.RecipientKind!.Value,
            RecipientAgencyId = input.RecipientAgencyId!.Value,
            RecipientTeamId = input.RecipientKind == ShareRecipientKind.Team ? input.RecipientTeamId : null,
            RecipientPractitionerId = input.RecipientKind == ShareRecipientKind.Practitioner ? input.RecipientPractitionerId : null,
            SummaryFacts = input.SummaryFacts!.Trim(),
            SummaryOpinion = Clean(input.SummaryOpinion),
            FamilyTold = input.FamilyTold!.Value,
            FamilyNotToldReason = input.FamilyTold == false ? Clean(input.FamilyNotToldReason) : null,
            DataCategories = input.DataCategories,
            LawfulBasis = input.LawfulBasis!.Value,
            Article9 = input.Article9,
            SpecialCategoryCondition = input.SpecialCategoryCondition,
            CriminalOffenceCondition = input.CriminalOffenceCondition,
            SuggestedLawfulBasis = gateway.Suggestion?.Article6,
            SuggestedGatewayCodes = gateway.Suggestion?.GatewayCodes.ToList() ?? [],
            GatewayCode = input.GatewayCode!.Trim(),
            GatewayRegistryVersion = gateway.RegistryVersion,
            AdviceRequestIds = input.AdviceRequestIds.Distinct().ToList(),
            Items = concerns.Select(Snapshot).ToList(),
            Withheld = shields.Select(s => new ShareWithheldItem { ShieldId = s.Id, Target = (int)s.Target }).ToList(),
        };
        db.Shares.Add(share);
        await CompleteDraftAsync(input.ShareDraftId, process, cancellationToken);
        process.AboutChild(share.ChildRecordId);
        process.Publish(new InformationShared(share.Id, share.ChildRecordId, agencyId, share.RecipientAgencyId, share.RecipientKind, share.Purpose,
            share.Consent, share.LawfulBasis, share.GatewayCode, share.GatewayRegistryVersion, share.Items.Count, share.Withheld.Count));

        var senderAgency = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        foreach (var recipient in await recipients.PeopleAsync(share, cancellationToken))
        {
            inbox.Notify(process, recipient, InboxItemKind.ShareReceived,
                $"Information shared with you by {senderAgency}: {SharingText.Purpose(share.Purpose).ToLowerInvariant()}", $"/sharing/received/{share.Id}", share.Id);
        }

        await process.CompleteAsync(db, cancellationToken);
        return Outcome<Share>.Success(share);
    }

    public async Task<Outcome<NotSharedDecision>> RecordNotSharedAsync(RecordNotSharedInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var agencyId = process.Actor.AgencyId ?? throw new NotPermittedException("Only a member of an agency can record a decision.");
        var errors = new ValidationErrors();
        if (input.Reason is null || !Enum.IsDefined(input.Reason.Value))
        {
            errors.Add(nameof(input.Reason), "Select why you decided not to share");
        }
        else if (input.Reason == NotSharedReason.Other)
        {
            errors.Required(nameof(input.ReasonText), input.ReasonText, "Enter why you decided not to share");
        }

        errors.MaxLength(nameof(input.ReasonText), input.ReasonText, NotSharedDecision.ReasonMaxLength, "Why you decided not to share");
        if (!await db.ChildRecords.AnyAsync(c => c.Id == input.ChildRecordId && c.AgencyId == agencyId, cancellationToken))
        {
            errors.Add(nameof(input.ChildRecordId), "Choose a child your agency holds a record of");
        }

        if (!errors.IsValid)
        {
            return Outcome<NotSharedDecision>.Failure(errors);
        }

        var decision = new NotSharedDecision
        {
            Id = Guid.CreateVersion7(),
            ShareDraftId = input.ShareDraftId,
            ChildRecordId = input.ChildRecordId,
            DecidedById = process.Actor.Id ?? Guid.Empty,
            AgencyId = agencyId,
            DecidedByRole = await RoleAsync(process, cancellationToken),
            DecidedAt = process.Now,
            Purpose = input.Purpose,
            Reason = input.Reason!.Value,
            ReasonText = Clean(input.ReasonText),
            ConcernIds = input.ConcernIds.Distinct().ToList(),
            AdviceRequestIds = input.AdviceRequestIds.Distinct().ToList(),
        };
        db.NotSharedDecisions.Add(decision);
        await CompleteDraftAsync(input.ShareDraftId, process, cancellationToken);
        process.AboutChild(decision.ChildRecordId);
        process.Publish(new NotSharedDecisionRecorded(decision.Id, decision.ChildRecordId, agencyId, decision.Reason));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<NotSharedDecision>.Success(decision);
    }

    /// <summary>The chosen concerns as they are now; a concern changed since it was chosen makes the choice stale.</summary>
    private async Task<List<Concern>> ChosenConcernsAsync(SendShareInput input, Guid agencyId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var ids = input.Concerns.Select(c => c.ConcernId).Distinct().ToList();
        var concerns = await db.Concerns.AsNoTracking().Include(c => c.Amendments)
            .Where(c => ids.Contains(c.Id) && c.AgencyId == agencyId && c.ChildRecordId == input.ChildRecordId)
            .ToListAsync(cancellationToken);
        if (concerns.Count != ids.Count)
        {
            errors.Add(nameof(input.Concerns), "Choose concerns your agency recorded about this child");
        }

        foreach (var chosen in input.Concerns)
        {
            var concern = concerns.FirstOrDefault(c => c.Id == chosen.ConcernId);
            if (concern is not null && ((chosen.Version is { } version && concern.Version != version)
                || (chosen.ChosenAt is { } at && concern.Amendments.Any(a => a.AddedAt > at))))
            {
                errors.Add(nameof(input.Concerns), "A concern you chose has changed since you chose it. Check what you are sharing and choose the concerns again");
            }
        }

        return concerns.OrderBy(c => c.OccurredAt).ToList();
    }

    private static SharedConcern Snapshot(Concern concern) => new()
    {
        Id = Guid.CreateVersion7(),
        ConcernId = concern.Id,
        CategoryCode = concern.CategoryCode,
        OccurredAt = concern.OccurredAt,
        WhatHappened = concern.WhatHappened,
        PractitionerView = concern.PractitionerView,
        ChildSaid = concern.ChildSaid,
        ChildSeemed = concern.ChildSeemed,
        Amendments = concern.Amendments.Count == 0 ? null
            : string.Join("\n\n", concern.Amendments.OrderBy(a => a.AddedAt).Select(a => $"{a.AddedAt:d MMMM yyyy}: {a.Text}")),
    };

    private async Task CompleteDraftAsync(Guid? draftId, ProcessContext process, CancellationToken cancellationToken)
    {
        if (draftId is { } id && await db.ShareDrafts.SingleOrDefaultAsync(d => d.Id == id && d.OwnerId == process.Actor.Id, cancellationToken) is { } draft)
        {
            draft.CompletedAt = process.Now;
        }
    }

    private async Task<string> RoleAsync(ProcessContext process, CancellationToken cancellationToken)
    {
        if (process.Actor.Kind != ActorKind.Practitioner)
        {
            return "Agency system";
        }

        var roles = await db.Users.Where(p => p.Id == process.Actor.Id).Select(p => p.Roles).SingleAsync(cancellationToken);
        return string.Join(", ", DisplayNames.AllRoles.Where(r => (roles & r) != 0).Select(DisplayNames.For));
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
