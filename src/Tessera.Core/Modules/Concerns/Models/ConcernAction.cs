namespace Tessera.Core.Modules.Concerns.Models;

public class ConcernAction
{
    public const int DescriptionMaxLength = 2_000;

    public Guid Id { get; set; }
    public Guid ConcernId { get; set; }
    public required string Description { get; set; }
    public Guid? AssignedToId { get; set; }
    public DateOnly? DueBy { get; set; }
    public Guid AddedById { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
