namespace Tessera.Core.Modules.Access.Models;

/// <summary>A DSL or MASH manager gives a named practitioner a relationship with a child (for example to cover a case).</summary>
public class ChildAssignment
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; set; }
    public Guid ChildRecordId { get; set; }
    public Guid PractitionerId { get; set; }
    public Guid AssignedById { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset AssignedAt { get; set; }

    /// <summary>When the assignment stops giving access; null means until it is ended.</summary>
    public DateTimeOffset? EndsAt { get; set; }
    public Guid? EndedById { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => AssignedAt <= now && (EndsAt is null || now < EndsAt);
}
