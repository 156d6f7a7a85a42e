using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Sharing.Events;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>What happens after a share is sent: the recipient acknowledges and replies, either side amends.</summary>
public sealed class ShareFollowUp(TesseraDbContext db, Inbox inbox)
{
    public async Task<Outcome<Share>> AcknowledgeAsync(Guid shareId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var share = await RecipientShareAsync(shareId, process, cancellationToken);
        if (share.AcknowledgedAt is not null)
        {
            return Outcome<Share>.Success(share);
        }

        share.AcknowledgedAt = process.Now;
        share.AcknowledgedById = process.Actor.Id;
        process.Publish(new ShareAcknowledged(share.Id, process.Actor.Id ?? Guid.Empty));
        if (share.SenderId is { } sender)
        {
            inbox.Notify(process, sender, InboxItemKind.ShareAcknowledged, "Information you shared has been acknowledged", $"/sharing/sent/{share.Id}", share.Id);
        }

        await process.CompleteAsync(db, cancellationToken);
        return Outcome<Share>.Success(share);
    }

    public async Task<Outcome<ShareOutcomeReply>> ReplyAsync(Guid shareId, ShareOutcomeKind? outcome, string? text, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var share = await RecipientShareAsync(shareId, process, cancellationToken);
        var errors = new ValidationErrors();
        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            errors.Add("Outcome", "Select what happened after you received this information");
        }
        else if (outcome == ShareOutcomeKind.Other)
        {
            errors.Required("OutcomeText", text, "Enter what happened");
        }

        errors.MaxLength("OutcomeText", text, ShareOutcomeReply.TextMaxLength, "What happened");
        if (!errors.IsValid)
        {
            return Outcome<ShareOutcomeReply>.Failure(errors);
        }

        var reply = new ShareOutcomeReply
        {
            Id = Guid.CreateVersion7(),
            ShareId = share.Id,
            Outcome = outcome!.Value,
            Text = ShareService.Clean(text),
            RepliedById = process.Actor.Id ?? Guid.Empty,
            RepliedAt = process.Now,
        };
        db.ShareOutcomeReplies.Add(reply);

        // Replying shows the share was received, so it also acknowledges it.
        if (share.AcknowledgedAt is null)
        {
            share.AcknowledgedAt = process.Now;
            share.AcknowledgedById = process.Actor.Id;
            process.Publish(new ShareAcknowledged(share.Id, process.Actor.Id ?? Guid.Empty));
        }

        process.Publish(new ShareOutcomeReplied(share.Id, reply.Id, reply.Outcome));
        if (share.SenderId is { } sender)
        {
            inbox.Notify(process, sender, InboxItemKind.ShareOutcomeReplied,
                $"Outcome of information you shared: {SharingText.Outcome(reply.Outcome).ToLowerInvariant()}", $"/sharing/sent/{share.Id}", share.Id);
        }

        await process.CompleteAsync(db, cancellationToken);
        return Outcome<ShareOutcomeReply>.Success(reply);
    }

    /// <summary>Appends a correction. The sender's agency or a recipient may; the other side is alerted.</summary>
    public async Task<Outcome<ShareAmendment>> AmendAsync(Guid shareId, string? text, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var share = await db.Shares.SingleOrDefaultAsync(s => s.Id == shareId, cancellationToken)
            ?? throw new NotPermittedException("No such share.");
        var agencyId = process.Actor.AgencyId;
        var who = await db.Users.Where(p => p.Id == process.Actor.Id).Select(p => new { p.AgencyId, p.TeamId }).SingleOrDefaultAsync(cancellationToken);
        var sender = share.SenderAgencyId == agencyId;
        var recipient = who is not null && ShareRecipients.IsAddressedTo(share, process.Actor.Id!.Value, who.AgencyId, who.TeamId);
        if (!sender && !recipient)
        {
            throw new NotPermittedException("Only the sharing agency or a recipient can amend a share.");
        }

        var errors = new ValidationErrors();
        errors.Required("Text", text, "Enter the correction or addition");
        errors.MaxLength("Text", text, ShareAmendment.TextMaxLength, "The correction");
        if (!errors.IsValid)
        {
            return Outcome<ShareAmendment>.Failure(errors);
        }

        var amendment = new ShareAmendment
        {
            Id = Guid.CreateVersion7(),
            ShareId = share.Id,
            Text = text!.Trim(),
            AddedById = process.Actor.Id ?? Guid.Empty,
            AddedByAgencyId = agencyId ?? Guid.Empty,
            AddedAt = process.Now,
        };
        db.ShareAmendments.Add(amendment);
        process.AboutChild(share.ChildRecordId);
        process.Publish(new ShareAmended(share.Id, amendment.Id, amendment.AddedByAgencyId));
        if (recipient && !sender && share.SenderId is { } senderId)
        {
            inbox.Notify(process, senderId, InboxItemKind.ShareAmended, "A recipient added a correction to information you shared", $"/sharing/sent/{share.Id}", share.Id);
        }
        else if (sender)
        {
            var people = await new ShareRecipients(db).PeopleAsync(share, cancellationToken);
            foreach (var person in people)
            {
                inbox.Notify(process, person, InboxItemKind.ShareAmended, "The sender added a correction to information shared with you", $"/sharing/received/{share.Id}", share.Id);
            }
        }

        await process.CompleteAsync(db, cancellationToken);
        return Outcome<ShareAmendment>.Success(amendment);
    }

    private async Task<Share> RecipientShareAsync(Guid shareId, ProcessContext process, CancellationToken cancellationToken)
    {
        var share = await db.Shares.SingleOrDefaultAsync(s => s.Id == shareId, cancellationToken);
        var who = await db.Users.Where(p => p.Id == process.Actor.Id).Select(p => new { p.AgencyId, p.TeamId }).SingleOrDefaultAsync(cancellationToken);
        if (share is null || who is null || !ShareRecipients.IsAddressedTo(share, process.Actor.Id!.Value, who.AgencyId, who.TeamId))
        {
            throw new NotPermittedException("Only a recipient can acknowledge or reply to a share.");
        }

        process.AboutChild(share.ChildRecordId);
        return share;
    }
}
