using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Events;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Concerns.Services;

/// <summary>What the agency's designated safeguarding lead does with a concern: actions, assignment, closing, amendments.</summary>
public sealed class ConcernManagement(TesseraDbContext db, Inbox inbox)
{
    /// <summary>Shown when an assignment or closing was made from a page that was out of date; what was typed is kept.</summary>
    public const string StaleMessage = "Someone else changed this concern while you had it open. Your text is below; check the concern and submit again.";

    public async Task<Outcome<ConcernAction>> AddActionAsync(Guid concernId, string? description, Guid? assignedToId, DateOnly? dueBy, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var concern = await LoadOpenAsync(concernId, process, cancellationToken);
        var errors = new ValidationErrors();
        errors.Required("Description", description, "Enter what needs to be done");
        errors.MaxLength("Description", description, ConcernAction.DescriptionMaxLength, "The action");
        if (dueBy is { } due && due < DateOnly.FromDateTime(process.Now.UtcDateTime))
        {
            errors.Add("DueBy", "The date it is due must be today or in the future");
        }

        await CheckColleagueAsync(errors, "AssignedToId", assignedToId, concern.AgencyId, cancellationToken);
        if (!errors.IsValid)
        {
            return Outcome<ConcernAction>.Failure(errors);
        }

        var action = new ConcernAction
        {
            Id = Guid.CreateVersion7(),
            ConcernId = concern.Id,
            Description = description!.Trim(),
            AssignedToId = assignedToId,
            DueBy = dueBy,
            AddedById = process.Actor.Id ?? Guid.Empty,
            AddedAt = process.Now,
        };
        db.ConcernActions.Add(action);
        process.Publish(new ConcernActionAdded(concern.Id, action.Id, assignedToId, dueBy));
        if (assignedToId is { } assignee && assignee != process.Actor.Id)
        {
            inbox.Notify(process, assignee, InboxItemKind.ConcernActionAssigned, "An action on a concern has been given to you", $"/concerns/{concern.Id}", concern.Id);
        }

        await process.CompleteAsync(db, cancellationToken);
        return Outcome<ConcernAction>.Success(action);
    }

    public async Task CompleteActionAsync(Guid concernId, Guid actionId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var concern = await LoadAsync(concernId, process, cancellationToken);
        var action = await db.ConcernActions.SingleOrDefaultAsync(a => a.Id == actionId && a.ConcernId == concern.Id, cancellationToken)
            ?? throw new NotPermittedException("That action is not part of this concern.");
        if (action.CompletedAt is null)
        {
            action.CompletedAt = process.Now;
            process.Publish(new ConcernActionCompleted(concern.Id, action.Id));
            await process.CompleteAsync(db, cancellationToken);
        }
    }

    /// <param name="expectedVersion">The version the page showed; when given and out of date the change is refused.</param>
    public async Task<Outcome<Concern>> AssignAsync(Guid concernId, Guid? assigneeId, ProcessContext process, Guid? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (await StaleAsync(concernId, expectedVersion, "AssigneeId", process, cancellationToken) is { } stale)
        {
            return stale;
        }

        var concern = await LoadOpenAsync(concernId, process, cancellationToken);
        var errors = new ValidationErrors();
        if (assigneeId is null)
        {
            errors.Add("AssigneeId", "Select who should own this concern");
        }

        await CheckColleagueAsync(errors, "AssigneeId", assigneeId, concern.AgencyId, cancellationToken);
        if (!errors.IsValid)
        {
            return Outcome<Concern>.Failure(errors);
        }

        var from = concern.AssignedToId;
        concern.AssignedToId = assigneeId;
        process.Publish(new ConcernAssigned(concern.Id, from, assigneeId!.Value));
        if (assigneeId != process.Actor.Id)
        {
            inbox.Notify(process, assigneeId.Value, InboxItemKind.ConcernAssigned, "A concern has been assigned to you", $"/concerns/{concern.Id}", concern.Id);
        }

        return await SaveCheckedAsync(concern, expectedVersion, "AssigneeId", process, cancellationToken);
    }

    /// <param name="expectedVersion">The version the page showed; when given and out of date the change is refused.</param>
    public async Task<Outcome<Concern>> CloseAsync(Guid concernId, string? outcome, ProcessContext process, Guid? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (await StaleAsync(concernId, expectedVersion, "Outcome", process, cancellationToken) is { } stale)
        {
            return stale;
        }

        var concern = await LoadOpenAsync(concernId, process, cancellationToken);
        var errors = new ValidationErrors();
        errors.Required("Outcome", outcome, "Enter the outcome, so anyone reading the record later knows what happened");
        errors.MaxLength("Outcome", outcome, Concern.OutcomeMaxLength, "The outcome");
        if (!errors.IsValid)
        {
            return Outcome<Concern>.Failure(errors);
        }

        concern.Status = ConcernStatus.Closed;
        concern.Outcome = outcome!.Trim();
        concern.ClosedAt = process.Now;
        concern.ClosedById = process.Actor.Id;
        process.Publish(new ConcernClosed(concern.Id));
        return await SaveCheckedAsync(concern, expectedVersion, "Outcome", process, cancellationToken);
    }

    public async Task<Outcome<ConcernAmendment>> AmendAsync(Guid concernId, string? text, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var concern = await LoadAsync(concernId, process, cancellationToken);
        var errors = new ValidationErrors();
        errors.Required("Text", text, "Enter the correction or addition");
        errors.MaxLength("Text", text, Concern.TextMaxLength, "The correction");
        if (!errors.IsValid)
        {
            return Outcome<ConcernAmendment>.Failure(errors);
        }

        var amendment = new ConcernAmendment
        {
            Id = Guid.CreateVersion7(),
            ConcernId = concern.Id,
            Text = text!.Trim(),
            AddedById = process.Actor.Id ?? Guid.Empty,
            AddedAt = process.Now,
        };
        db.ConcernAmendments.Add(amendment);
        process.Publish(new ConcernAmended(concern.Id, amendment.Id));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<ConcernAmendment>.Success(amendment);
    }

    private async Task<Concern> LoadAsync(Guid concernId, ProcessContext process, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.SingleOrDefaultAsync(c => c.Id == concernId && c.AgencyId == process.Actor.AgencyId, cancellationToken)
            ?? throw new NotPermittedException("No concern with that id is held by your agency.");
        process.AboutChild(concern.ChildRecordId);
        return concern;
    }

    /// <summary>A refusal when the concern changed since the page was shown (checked before "is it still open?").</summary>
    private async Task<Outcome<Concern>?> StaleAsync(Guid concernId, Guid? expectedVersion, string field, ProcessContext process, CancellationToken cancellationToken)
    {
        if (expectedVersion is not { } expected)
        {
            return null;
        }

        var concern = await LoadAsync(concernId, process, cancellationToken);
        return concern.Version == expected ? null : Conflict(field);
    }

    /// <summary>Saves with the version the page saw as the original, so a change made in between fails instead of being overwritten.</summary>
    private async Task<Outcome<Concern>> SaveCheckedAsync(Concern concern, Guid? expectedVersion, string field, ProcessContext process, CancellationToken cancellationToken)
    {
        if (expectedVersion is { } expected)
        {
            db.Entry(concern).Property(c => c.Version).OriginalValue = expected;
        }

        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(field);
        }

        OpenConcernCounts.Changed();
        return Outcome<Concern>.Success(concern);
    }

    private static Outcome<Concern> Conflict(string field)
    {
        var errors = new ValidationErrors();
        errors.Add(field, StaleMessage);
        return Outcome<Concern>.Failure(errors);
    }

    private async Task<Concern> LoadOpenAsync(Guid concernId, ProcessContext process, CancellationToken cancellationToken)
    {
        var concern = await LoadAsync(concernId, process, cancellationToken);
        return concern.Status == ConcernStatus.Open
            ? concern
            : throw new NotPermittedException("This concern is closed. Add an amendment instead.");
    }

    private async Task CheckColleagueAsync(ValidationErrors errors, string field, Guid? practitionerId, Guid agencyId, CancellationToken cancellationToken)
    {
        if (practitionerId is { } id && !await db.Users.AnyAsync(p => p.Id == id && p.AgencyId == agencyId && !p.IsDisabled, cancellationToken))
        {
            errors.Add(field, "Select someone from your agency");
        }
    }
}
