using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Account;

public sealed class TwoFactorModel(SignInManager<Practitioner> signIn, AccountEvents events) : TesseraPage
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var errors = new ValidationErrors();
        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (code.Length != 6)
        {
            errors.Add(nameof(Code), "Enter the 6-digit security code from your authenticator app");
            ShowErrors(errors);
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await events.RecordAsync(ProcessType.SignIn, user.Id, user.AgencyId, new PractitionerSignedIn(user.Id, WithTwoFactor: true));
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        }

        await events.RecordAsync(ProcessType.SignIn, user.Id, user.AgencyId, new SignInFailed(user.Id, result.IsLockedOut));
        errors.Add(nameof(Code), result.IsLockedOut
            ? "Your account is locked for 15 minutes after too many wrong codes"
            : "The security code is not right. Check your authenticator app and try the newest code");
        ShowErrors(errors);
        return Page();
    }
}
