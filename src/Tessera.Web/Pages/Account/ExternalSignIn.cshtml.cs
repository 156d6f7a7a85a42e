using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Web.Auth;
using Tessera.Web.Infrastructure;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Account;

/// <summary>
/// Sign-in through the partnership's own identity provider (OpenID Connect). The provider proves who the person is;
/// Tessera still decides what they may see, by matching the email address to an invited practitioner.
/// </summary>
public sealed class ExternalSignInModel(
    SignInManager<Practitioner> signIn,
    UserManager<Practitioner> users,
    AccountEvents events,
    TesseraSettings settings) : TesseraPage
{
    public IActionResult OnGet()
    {
        if (settings.Oidc is null)
        {
            return NotFound();
        }

        var properties = signIn.ConfigureExternalAuthenticationProperties("oidc", "/account/external-sign-in?handler=Callback");
        return Challenge(properties, "oidc");
    }

    public async Task<IActionResult> OnGetCallbackAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        var email = info?.Principal.FindFirstValue(ClaimTypes.Email);
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (info is null || user is null || !await signIn.CanSignInAsync(user))
        {
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        await events.RecordAsync(ProcessType.SignIn, user.Id, user.AgencyId, new PractitionerSignedIn(user.Id, WithTwoFactor: true));
        return Redirect("/");
    }
}
