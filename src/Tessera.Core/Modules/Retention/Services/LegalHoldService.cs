using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Retention.Events;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>Places and lifts legal holds: the privacy officer of the agency that holds the record, each change a process.</summary>
public sealed class LegalHoldService(TesseraDbContext db, AccessService access)
{
    public async Task<Outcome<LegalHold>> PlaceAsync(Guid childRecordId, string? reason, ProcessContext process, CancellationToken cancellationToken = default)
    {
        await RequireDataRightsAsync(process.Actor, childRecordId, cancellationToken);
        var errors = new ValidationErrors();
        errors.Required("Reason", reason, "Enter why the record must be kept");
        errors.MaxLength("Reason", reason?.Trim(), LegalHold.ReasonMaxLength, "The reason");
        if (!errors.IsValid)
        {
            return Outcome<LegalHold>.Failure(errors);
        }

        var hold = new LegalHold
        {
            Id = Guid.CreateVersion7(),
            ChildRecordId = childRecordId,
            Reason = reason!.Trim(),
            PlacedById = process.Actor.Id ?? Guid.Empty,
            PlacedAt = process.Now,
        };
        db.LegalHolds.Add(hold);
        process.AboutChild(childRecordId).Publish(new LegalHoldPlaced(hold.Id, childRecordId));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<LegalHold>.Success(hold);
    }

    public async Task<Outcome<LegalHold>> LiftAsync(Guid legalHoldId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var hold = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == legalHoldId, cancellationToken)
            ?? throw new NotPermittedException("There is no such legal hold.");
        await RequireDataRightsAsync(process.Actor, hold.ChildRecordId, cancellationToken);
        if (!hold.IsActive)
        {
            var errors = new ValidationErrors();
            errors.Add("LegalHoldId", "This legal hold has already been lifted");
            return Outcome<LegalHold>.Failure(errors);
        }

        hold.LiftedAt = process.Now;
        hold.LiftedById = process.Actor.Id;
        process.AboutChild(hold.ChildRecordId).Publish(new LegalHoldLifted(hold.Id, hold.ChildRecordId));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<LegalHold>.Success(hold);
    }

    private async Task RequireDataRightsAsync(Actor actor, Guid childRecordId, CancellationToken cancellationToken)
    {
        var decision = await access.DecideAsync(actor, childRecordId, AccessPurpose.DataRights, cancellationToken);
        if (!decision.Allowed)
        {
            throw new NotPermittedException("Only the privacy officer of the agency that holds the record can place or lift a legal hold.");
        }
    }
}
