using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Infrastructure;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Account;

public sealed class SignInModel(
    SignInManager<Practitioner> signIn,
    UserManager<Practitioner> users,
    AccountEvents events,
    TesseraSettings settings) : TesseraPage
{
    private const string WrongDetails = "Enter a correct email address and password";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ExternalProviderName => settings.Oidc?.DisplayName;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new ValidationErrors();
        errors.Required(nameof(Email), Email, "Enter your email address");
        errors.Required(nameof(Password), Password, "Enter your password");
        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!.Trim());
        if (user is null)
        {
            errors.Add(nameof(Email), WrongDetails);
            ShowErrors(errors);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await events.RecordAsync(ProcessType.SignIn, user.Id, user.AgencyId, new PractitionerSignedIn(user.Id, WithTwoFactor: false));
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });
        }

        await events.RecordAsync(ProcessType.SignIn, user.Id, user.AgencyId, new SignInFailed(user.Id, result.IsLockedOut));
        errors.Add(nameof(Email), result.IsLockedOut
            ? "Your account is locked for 15 minutes because the password was wrong 5 times. Try again later or ask your partnership administrator."
            : WrongDetails);
        ShowErrors(errors);
        return Page();
    }

    /// <summary>Only local paths, so a crafted link cannot send a practitioner to another site after sign-in.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
