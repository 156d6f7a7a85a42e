using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Events;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>
/// Shields and unshields information on a child's record. Pages decide access first (purposes Shield and Unshield);
/// these checks repeat the essentials so no caller can skip them: only the owning agency shields, only its DSL unshields.
/// </summary>
public sealed class ShieldService(TesseraDbContext db)
{
    /// <summary>The message for an unshield made from a page that was out of date.</summary>
    public const string StaleMessage = "Someone else changed this shield while you had it open. Your text is below; check the shield and submit again.";

    public async Task<Outcome<Shield>> ShieldAsync(ShieldInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var child = await db.ChildRecords.AsNoTracking().Where(c => c.Id == input.ChildRecordId).Select(c => new { c.Id, c.AgencyId }).SingleOrDefaultAsync(cancellationToken);
        if (child is null || child.AgencyId != process.Actor.AgencyId)
        {
            throw new NotPermittedException("Only the agency that holds the record can shield information on it.");
        }

        process.AboutChild(child.Id);
        var errors = new ValidationErrors();
        if (input.Target is not { } target || !Enum.IsDefined(target))
        {
            errors.Add(nameof(input.Target), "Select what to shield");
        }
        else if (!await TargetBelongsAsync(child.Id, child.AgencyId, target, input.TargetId, cancellationToken))
        {
            errors.Add(nameof(input.Target), "Select something on this child's record");
        }
        else if (await db.Shields.AnyAsync(s => s.ChildRecordId == child.Id && s.Target == target && s.TargetId == Normalised(target, input.TargetId) && s.UnshieldedAt == null, cancellationToken))
        {
            errors.Add(nameof(input.Target), "That is already shielded");
        }

        errors.Required(nameof(input.Reason), input.Reason, "Enter why this needs shielding");
        errors.MaxLength(nameof(input.Reason), input.Reason, Shield.ReasonMaxLength, "The reason");
        var viewerIds = input.ViewerIds.Distinct().Where(v => v != process.Actor.Id).ToList();
        var colleagues = await db.Users.CountAsync(p => viewerIds.Contains(p.Id) && p.AgencyId == child.AgencyId && !p.IsDisabled, cancellationToken);
        if (colleagues != viewerIds.Count)
        {
            errors.Add(nameof(input.ViewerIds), "Select people from your agency");
        }

        if (!errors.IsValid)
        {
            return Outcome<Shield>.Failure(errors);
        }

        var shield = new Shield
        {
            Id = Guid.CreateVersion7(),
            ChildRecordId = child.Id,
            OwningAgencyId = child.AgencyId,
            Target = input.Target!.Value,
            TargetId = Normalised(input.Target.Value, input.TargetId),
            Reason = input.Reason!.Trim(),
            ShieldedById = process.Actor.Id ?? Guid.Empty,
            ShieldedAt = process.Now,
            // Whoever shields it keeps seeing it, whatever their role.
            Viewers = viewerIds.Append(process.Actor.Id ?? Guid.Empty).Where(v => v != Guid.Empty).Distinct()
                .Select(v => new ShieldViewer { PractitionerId = v }).ToList(),
        };
        db.Shields.Add(shield);
        process.Publish(new ShieldApplied(shield.Id, child.Id, shield.Target, shield.TargetId, viewerIds.Count));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<Shield>.Success(shield);
    }

    /// <summary>Lifts a shield. <paramref name="expectedVersion"/> is the version the DSL saw; a stale one is refused, not applied.</summary>
    public async Task<Outcome<Shield>> UnshieldAsync(Guid shieldId, Guid expectedVersion, string? reason, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var shield = await db.Shields.SingleOrDefaultAsync(s => s.Id == shieldId, cancellationToken);
        var dsl = (int)PractitionerRoles.DesignatedSafeguardingLead;
        if (shield is null || shield.OwningAgencyId != process.Actor.AgencyId
            || !await db.Users.AnyAsync(p => p.Id == process.Actor.Id && p.AgencyId == shield.OwningAgencyId && !p.IsDisabled && ((int)p.Roles & dsl) != 0, cancellationToken))
        {
            throw new NotPermittedException("Only the designated safeguarding lead of the agency that shielded it can unshield it.");
        }

        process.AboutChild(shield.ChildRecordId);
        var errors = new ValidationErrors();
        if (shield.Version != expectedVersion || !shield.IsActive)
        {
            errors.Add("UnshieldReason", StaleMessage);
            return Outcome<Shield>.Failure(errors);
        }

        errors.Required("UnshieldReason", reason, "Enter why this no longer needs shielding");
        errors.MaxLength("UnshieldReason", reason, Shield.ReasonMaxLength, "The reason");
        if (!errors.IsValid)
        {
            return Outcome<Shield>.Failure(errors);
        }

        shield.UnshieldedAt = process.Now;
        shield.UnshieldedById = process.Actor.Id;
        shield.UnshieldReason = reason!.Trim();
        process.Publish(new ShieldLifted(shield.Id, shield.ChildRecordId, shield.Target, shield.TargetId));
        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone lifted or changed it between our read and our write; nothing of ours was saved.
            errors.Add("UnshieldReason", StaleMessage);
            return Outcome<Shield>.Failure(errors);
        }

        return Outcome<Shield>.Success(shield);
    }

    private static Guid? Normalised(ShieldTarget target, Guid? targetId) => target == ShieldTarget.ChildAddress ? null : targetId;

    private async Task<bool> TargetBelongsAsync(Guid childId, Guid agencyId, ShieldTarget target, Guid? targetId, CancellationToken cancellationToken) => target switch
    {
        ShieldTarget.ChildAddress => true,
        ShieldTarget.Alias => targetId is { } id && await db.ChildAliases.AnyAsync(a => a.Id == id && a.ChildRecordId == childId, cancellationToken),
        ShieldTarget.RelatedAdult => targetId is { } id && await db.RelatedAdults.AnyAsync(a => a.Id == id && a.ChildRecordId == childId, cancellationToken),
        ShieldTarget.Concern => targetId is { } id && await db.Concerns.AnyAsync(c => c.Id == id && c.ChildRecordId == childId && c.AgencyId == agencyId, cancellationToken),
        _ => false,
    };
}
