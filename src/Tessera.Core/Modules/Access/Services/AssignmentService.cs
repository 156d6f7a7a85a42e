using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Events;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>
/// Assigns a named practitioner to a child (to cover a case, for a joint visit) and ends assignments. The owning
/// agency's DSL assigns colleagues from their agency; a MASH manager may assign anyone in the partnership who works
/// with children. Pages decide access first; these checks repeat the essentials.
/// </summary>
public sealed class AssignmentService(TesseraDbContext db)
{
    public const string StaleMessage = "Someone else changed this assignment while you had it open. Check the assignments and try again.";

    public async Task<Outcome<ChildAssignment>> AssignAsync(Guid childRecordId, Guid? practitionerId, string? reason, DateTimeOffset? endsAt, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var child = await db.ChildRecords.AsNoTracking().Where(c => c.Id == childRecordId).Select(c => new { c.Id, c.AgencyId }).SingleOrDefaultAsync(cancellationToken);
        var actor = await ActorAsync(process, cancellationToken);
        var ownDsl = child is not null && actor is not null && actor.AgencyId == child.AgencyId && actor.Roles.HasFlag(PractitionerRoles.DesignatedSafeguardingLead);
        var mashManager = actor is not null && actor.Roles.HasFlag(PractitionerRoles.MashManager);
        if (child is null || actor is null || !(ownDsl || mashManager))
        {
            throw new NotPermittedException("Only the designated safeguarding lead of the agency that holds the record, or a MASH manager, can assign practitioners.");
        }

        process.AboutChild(child.Id);
        var errors = new ValidationErrors();
        var assignee = practitionerId is { } id
            ? await db.Users.AsNoTracking().Where(p => p.Id == id && !p.IsDisabled).Select(p => new { p.Id, p.AgencyId, p.Roles, p.Agency!.PartnershipId }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var partnershipId = await db.Agencies.Where(a => a.Id == child.AgencyId).Select(a => a.PartnershipId).SingleAsync(cancellationToken);
        if (practitionerId is null)
        {
            errors.Add("PractitionerId", "Select who to assign");
        }
        else if (assignee is null || !assignee.Roles.SeesChildren() || assignee.PartnershipId != partnershipId
            || (!mashManager && assignee.AgencyId != child.AgencyId))
        {
            errors.Add("PractitionerId", mashManager ? "Select a practitioner in the partnership" : "Select a practitioner from your agency");
        }
        else if (await db.ChildAssignments.AnyAsync(a => a.ChildRecordId == child.Id && a.PractitionerId == assignee.Id && a.EndedById == null && (a.EndsAt == null || a.EndsAt > process.Now), cancellationToken))
        {
            errors.Add("PractitionerId", "That practitioner is already assigned to this child");
        }

        errors.Required("Reason", reason, "Enter why they need to work with this child");
        errors.MaxLength("Reason", reason, ChildAssignment.ReasonMaxLength, "The reason");
        if (endsAt is { } end && end <= process.Now)
        {
            errors.Add("EndsOn", "The end date must be in the future");
        }

        if (!errors.IsValid)
        {
            return Outcome<ChildAssignment>.Failure(errors);
        }

        var assignment = new ChildAssignment
        {
            Id = Guid.CreateVersion7(),
            ChildRecordId = child.Id,
            PractitionerId = assignee!.Id,
            AssignedById = actor.Id,
            Reason = reason!.Trim(),
            AssignedAt = process.Now,
            EndsAt = endsAt,
        };
        db.ChildAssignments.Add(assignment);
        process.Publish(new AssignmentStarted(assignment.Id, child.Id, assignee.Id, endsAt));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<ChildAssignment>.Success(assignment);
    }

    /// <summary>
    /// Ends an assignment now. Assignments carry no version column, so <paramref name="expectedStamp"/> is
    /// <see cref="Stamp"/> of the assignment as the page showed it: if it has since ended or its end date changed,
    /// the request is refused rather than applied to something the person did not see.
    /// </summary>
    public async Task<Outcome<ChildAssignment>> EndAsync(Guid assignmentId, string? expectedStamp, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var assignment = await db.ChildAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        var actor = await ActorAsync(process, cancellationToken);
        var childAgency = assignment is null ? (Guid?)null : await db.ChildRecords.Where(c => c.Id == assignment.ChildRecordId).Select(c => (Guid?)c.AgencyId).SingleOrDefaultAsync(cancellationToken);
        var allowed = actor is not null && childAgency is not null
            && ((actor.AgencyId == childAgency && actor.Roles.HasFlag(PractitionerRoles.DesignatedSafeguardingLead)) || actor.Roles.HasFlag(PractitionerRoles.MashManager));
        if (assignment is null || !allowed)
        {
            throw new NotPermittedException("Only the designated safeguarding lead of the agency that holds the record, or a MASH manager, can end assignments.");
        }

        process.AboutChild(assignment.ChildRecordId);
        if (Stamp(assignment) != expectedStamp || !assignment.IsActiveAt(process.Now))
        {
            var errors = new ValidationErrors();
            errors.Add("AssignmentId", StaleMessage);
            return Outcome<ChildAssignment>.Failure(errors);
        }

        assignment.EndsAt = process.Now;
        assignment.EndedById = actor!.Id;
        process.Publish(new AssignmentEnded(assignment.Id, assignment.ChildRecordId, assignment.PractitionerId));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<ChildAssignment>.Success(assignment);
    }

    /// <summary>What the page saw of an assignment's state, carried in the form in place of a version.</summary>
    public static string Stamp(ChildAssignment assignment) =>
        string.Create(CultureInfo.InvariantCulture, $"{assignment.EndsAt?.ToUnixTimeSeconds()}-{assignment.EndedById:N}");

    private async Task<Practitioner?> ActorAsync(ProcessContext process, CancellationToken cancellationToken) =>
        process.Actor.Id is { } id ? await db.Users.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && !p.IsDisabled, cancellationToken) : null;
}
