using Microsoft.AspNetCore.Identity;

namespace Tessera.Core.Modules.Partnership.Models;

/// <summary>A person who works for an agency in the partnership and signs in to Tessera.</summary>
public class Practitioner : IdentityUser<Guid>
{
    public const int NameMaxLength = 200;

    public required string DisplayName { get; set; }
    public string? JobTitle { get; set; }
    public Guid AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public Guid? TeamId { get; set; }
    public Team? Team { get; set; }
    public PractitionerRoles Roles { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
