namespace Tessera.Core.Modules.Access.Models;

/// <summary>
/// Information its owning agency has shielded (a refuge address, an informant's identity). Only the owning agency's
/// DSL and the named practitioners see it; everywhere else — shares, chronologies, exports — shows "withheld".
/// A DSL may unshield it, recording why; the shield row is kept.
/// </summary>
public class Shield
{
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; set; }
    public Guid ChildRecordId { get; set; }
    public Guid OwningAgencyId { get; set; }
    public ShieldTarget Target { get; set; }

    /// <summary>The alias, related adult or concern shielded; null for a field of the child record itself.</summary>
    public Guid? TargetId { get; set; }
    public required string Reason { get; set; }
    public Guid ShieldedById { get; set; }
    public DateTimeOffset ShieldedAt { get; set; }
    public Guid? UnshieldedById { get; set; }
    public DateTimeOffset? UnshieldedAt { get; set; }
    public string? UnshieldReason { get; set; }
    public List<ShieldViewer> Viewers { get; set; } = [];

    /// <summary>Changes on every edit so a stale unshield is refused rather than silently applied.</summary>
    public Guid Version { get; set; }

    public bool IsActive => UnshieldedAt is null;
}

/// <summary>A practitioner the owner named as allowed to see a shielded item.</summary>
public class ShieldViewer
{
    public Guid ShieldId { get; set; }
    public Guid PractitionerId { get; set; }
}

/// <summary>What a shield covers. Stored numbers; never renumber.</summary>
public enum ShieldTarget
{
    /// <summary>The child's address and postcode.</summary>
    ChildAddress = 1,
    Alias = 2,
    RelatedAdult = 3,
    Concern = 4,
}
