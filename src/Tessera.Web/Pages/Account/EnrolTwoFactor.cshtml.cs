using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Account;

public sealed class EnrolTwoFactorModel(UserManager<Practitioner> users, PractitionerSignInManager signIn, AccountEvents events) : TesseraPage
{
    [BindProperty]
    public string? Code { get; set; }

    public string FormattedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var errors = new ValidationErrors();
        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (code.Length != 6)
        {
            errors.Add(nameof(Code), "Enter the 6-digit security code from your authenticator app");
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            errors.Add(nameof(Code), "The security code is not right. Check the key you entered and try the newest code");
        }

        if (!errors.IsValid)
        {
            ShowErrors(errors);
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        // The code just checked is a second factor, so this session counts as signed in with one.
        await signIn.ConfirmedAsync(user, withSecondFactor: true);
        await events.RecordAsync(ProcessType.TwoFactorEnrolled, user.Id, user.AgencyId, new TwoFactorEnrolled(user.Id));
        return Redirect("/");
    }

    private async Task LoadKeyAsync(Practitioner user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        FormattedKey = formatted.ToString().TrimEnd().ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/Tessera:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=Tessera&digits=6";
    }
}
