namespace Tessera.Core.Modules.Partnership.Models;

public class Agency
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public required string Name { get; set; }
    public AgencyType Type { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public List<Team> Teams { get; set; } = [];
}
