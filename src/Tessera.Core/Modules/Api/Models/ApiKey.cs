namespace Tessera.Core.Modules.Api.Models;

/// <summary>A key an agency's own system uses to call /api/v1. Only a SHA-256 hash of the secret is stored.</summary>
public class ApiKey
{
    public Guid Id { get; set; }
    public Guid AgencyId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the key, shown so administrators can tell keys apart.</summary>
    public required string Prefix { get; set; }
    public required string KeyHash { get; set; }

    /// <summary>The practitioner whose name concerns recorded through this key carry.</summary>
    public Guid ActsAsId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
