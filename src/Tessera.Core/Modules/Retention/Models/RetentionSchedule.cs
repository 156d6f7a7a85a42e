namespace Tessera.Core.Modules.Retention.Models;

/// <summary>How long one type of record is kept, held as data so the partnership can change it.</summary>
public class RetentionSchedule
{
    public const int CodeMaxLength = 50;
    public const int DescriptionMaxLength = 500;

    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }

    /// <summary>Kept until the child reaches this age (the day of that birthday).</summary>
    public int KeepUntilAge { get; set; }
    public Guid Version { get; set; }
}
