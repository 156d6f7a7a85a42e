using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Web.Auth;

/// <summary>Refuses sign-in to disabled accounts, whatever the password or external provider says.</summary>
public sealed class PractitionerSignInManager(
    UserManager<Practitioner> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Practitioner> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Practitioner>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Practitioner> confirmation)
    : SignInManager<Practitioner>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Practitioner user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);
}
