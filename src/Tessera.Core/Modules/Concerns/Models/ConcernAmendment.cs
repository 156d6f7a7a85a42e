namespace Tessera.Core.Modules.Concerns.Models;

/// <summary>A correction or addition appended to a concern; the original text is never changed.</summary>
public class ConcernAmendment
{
    public Guid Id { get; set; }
    public Guid ConcernId { get; set; }
    public required string Text { get; set; }
    public Guid AddedById { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
