using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Web.Auth;

/// <summary>
/// Refuses sign-in to disabled accounts, whatever the password or external provider says, and stamps each session
/// with when the practitioner last proved who they are and whether they passed a second factor. Refreshing the
/// cookie (after enrolment, or when roles change) keeps both; only signing in or confirming again moves them.
/// </summary>
public sealed class PractitionerSignInManager(
    UserManager<Practitioner> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Practitioner> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Practitioner>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Practitioner> confirmation,
    TimeProvider clock)
    : SignInManager<Practitioner>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private (string AuthTime, bool SecondFactor)? _kept;

    public override async Task<bool> CanSignInAsync(Practitioner user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(Practitioner user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        var secondFactor = _kept?.SecondFactor
            ?? (claims.Any(c => c.Type == "amr" && c.Value == "mfa") || claims.Any(c => c.Type == ClaimTypes.AuthenticationMethod));
        claims.Add(new Claim(ClaimNames.AuthTime, _kept?.AuthTime ?? clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        claims.Add(new Claim(ClaimNames.SecondFactor, secondFactor ? "true" : "false"));
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    public override async Task RefreshSignInAsync(Practitioner user)
    {
        var current = (await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Principal;
        _kept = (current?.FindFirstValue(ClaimNames.AuthTime) ?? "0", current?.FindFirstValue(ClaimNames.SecondFactor) == "true");
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _kept = null;
        }
    }

    /// <summary>The practitioner proved who they are again: the session's sign-in time is now, with a second factor if they gave one.</summary>
    public async Task ConfirmedAsync(Practitioner user, bool withSecondFactor)
    {
        var current = (await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Principal;
        var hadSecondFactor = current?.FindFirstValue(ClaimNames.SecondFactor) == "true";
        _kept = (clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), withSecondFactor || hadSecondFactor);
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _kept = null;
        }
    }

    /// <summary>Carries the stamps over when the security-stamp check rebuilds the cookie's claims.</summary>
    public static Task KeepStamps(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            foreach (var type in new[] { ClaimNames.AuthTime, ClaimNames.SecondFactor })
            {
                if (current.FindFirst(type) is { } claim && identity.FindFirst(type) is null)
                {
                    identity.AddClaim(new Claim(type, claim.Value));
                }
            }
        }

        return Task.CompletedTask;
    }
}
