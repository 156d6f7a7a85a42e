namespace Tessera.Core.Modules.Children.Models;

public class RelatedAdult
{
    public Guid Id { get; set; }
    public Guid ChildRecordId { get; set; }
    public required string Name { get; set; }
    public AdultRelationship Relationship { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
}
