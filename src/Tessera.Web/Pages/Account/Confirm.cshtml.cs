using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Access.Events;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Account;

/// <summary>
/// Step-up: a signed-in practitioner proves who they are again before a sensitive page (password, and a security code
/// when enrolled). Wrong passwords count towards the same lock-out as signing in.
/// </summary>
public sealed class ConfirmModel(UserManager<Practitioner> users, PractitionerSignInManager signIn, AccountEvents events) : TesseraPage
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool HasPassword { get; private set; }

    public bool NeedsCode { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var errors = new ValidationErrors();
        errors.Required(nameof(Password), Password, "Enter your password");
        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (NeedsCode && code.Length != 6)
        {
            errors.Add(nameof(Code), "Enter the 6-digit security code from your authenticator app");
        }

        if (!errors.IsValid || !HasPassword)
        {
            ShowErrors(errors);
            return Page();
        }

        var password = await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: true);
        var codeRight = !NeedsCode || (password.Succeeded && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code));
        if (!password.Succeeded || !codeRight)
        {
            await events.RecordAsync(ProcessType.SignIn, user.Id, user.AgencyId, new SignInFailed(user.Id, password.IsLockedOut));
            if (password.IsLockedOut)
            {
                // The account is locked: end this session too, as signing in would be refused.
                await signIn.SignOutAsync();
                return RedirectToPage("/Account/SignIn");
            }

            errors.Add(password.Succeeded ? nameof(Code) : nameof(Password), password.Succeeded
                ? "The security code is not right. Check your authenticator app and try the newest code"
                : "The password is not right");
            ShowErrors(errors);
            return Page();
        }

        await signIn.ConfirmedAsync(user, withSecondFactor: NeedsCode);
        await events.RecordAsync(ProcessType.Reauthenticated, user.Id, user.AgencyId, new PractitionerReauthenticated(user.Id, NeedsCode));
        return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
    }

    private async Task<Practitioner?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        HasPassword = await users.HasPasswordAsync(user);
        NeedsCode = user.TwoFactorEnabled;
        return user;
    }
}
