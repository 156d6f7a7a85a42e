namespace Tessera.Core.Modules.Partnership.Models;

public class Team
{
    public Guid Id { get; set; }
    public Guid AgencyId { get; set; }
    public required string Name { get; set; }
}
