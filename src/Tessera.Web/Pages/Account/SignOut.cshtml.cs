using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<Practitioner> signIn, AccountEvents events) : TesseraPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await events.RecordAsync(ProcessType.SignOut, CurrentPractitionerId, CurrentAgencyId, new PractitionerSignedOut(CurrentPractitionerId));
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignedOut");
    }
}
