namespace Tessera.Core.Modules.Concerns.Models;

/// <summary>Another child of the same agency the concern is also about (a sibling, a friend at risk).</summary>
public class ConcernLinkedChild
{
    public Guid ConcernId { get; set; }
    public Guid ChildRecordId { get; set; }
}
