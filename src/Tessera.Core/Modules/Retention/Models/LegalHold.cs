namespace Tessera.Core.Modules.Retention.Models;

/// <summary>While a hold is in place nothing about the child record is erased, whatever its schedule says.</summary>
public class LegalHold
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; set; }
    public Guid ChildRecordId { get; set; }
    public required string Reason { get; set; }
    public Guid PlacedById { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public Guid? LiftedById { get; set; }
    public DateTimeOffset? LiftedAt { get; set; }

    public bool IsActive => LiftedAt is null;
}
