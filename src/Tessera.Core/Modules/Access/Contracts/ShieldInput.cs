using Tessera.Core.Modules.Access.Models;

namespace Tessera.Core.Modules.Access.Contracts;

/// <summary>What to shield on a child's record, why, and who else (from the owner's agency) may still see it.</summary>
public sealed record ShieldInput
{
    public Guid ChildRecordId { get; init; }
    public ShieldTarget? Target { get; init; }

    /// <summary>The alias, related adult or concern; empty for the child's address.</summary>
    public Guid? TargetId { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<Guid> ViewerIds { get; init; } = [];
}
