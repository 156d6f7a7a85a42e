namespace Tessera.Core.Modules.Partnership.Models;

public class SafeguardingPartnership
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<Agency> Agencies { get; set; } = [];
}
