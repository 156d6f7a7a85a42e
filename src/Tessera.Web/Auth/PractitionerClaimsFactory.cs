using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Web.Auth;

/// <summary>Puts the agency and roles in the sign-in cookie so every request can be authorised without a query.</summary>
public sealed class PractitionerClaimsFactory(UserManager<Practitioner> userManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Practitioner>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Practitioner user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimNames.AgencyId, user.AgencyId.ToString()));
        identity.AddClaim(new Claim(ClaimNames.Roles, ((int)user.Roles).ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ClaimNames.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(ClaimNames.TwoFactorEnrolled, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
