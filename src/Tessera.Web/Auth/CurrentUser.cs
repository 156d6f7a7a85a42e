using System.Globalization;
using System.Security.Claims;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;

namespace Tessera.Web.Auth;

/// <summary>Reads who is calling from the claims put there at sign-in (a practitioner) or by the API key handler.</summary>
public static class CurrentUser
{
    public static Guid Id(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user."));

    public static Guid AgencyId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimNames.AgencyId) ?? throw new InvalidOperationException("No agency claim."));

    public static PractitionerRoles Roles(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimNames.Roles), NumberStyles.Integer, CultureInfo.InvariantCulture, out var roles)
            ? (PractitionerRoles)roles
            : PractitionerRoles.None;

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimNames.DisplayName) ?? "";

    public static bool HasRole(this ClaimsPrincipal user, PractitionerRoles role) => (user.Roles() & role) != 0;

    public static Actor Actor(this ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == ApiKeyAuthentication.SchemeName
            ? Core.Processes.Actor.ForApiClient(user.Id(), user.AgencyId())
            : Core.Processes.Actor.ForPractitioner(user.Id(), user.AgencyId());
}
