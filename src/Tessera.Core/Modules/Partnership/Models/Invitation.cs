namespace Tessera.Core.Modules.Partnership.Models;

/// <summary>A single-use, expiring link that lets a new practitioner set up their account.</summary>
public class Invitation
{
    public Guid Id { get; set; }
    public Guid AgencyId { get; set; }
    public Guid? TeamId { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public PractitionerRoles Roles { get; set; }

    /// <summary>SHA-256 of the token in the link; the token itself is never stored.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public Guid InvitedById { get; set; }
}
