using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Account;

public sealed class AcceptInvitationModel(
    PartnershipAdministration administration,
    UserManager<Practitioner> users,
    TesseraDbContext db,
    TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public Invitation? Invitation { get; private set; }

    public async Task OnGetAsync() => Invitation = await administration.FindUsableInvitationAsync(Token, clock.GetUtcNow());

    public async Task<IActionResult> OnPostAsync()
    {
        Invitation = await administration.FindUsableInvitationAsync(Token, clock.GetUtcNow());
        if (Invitation is null)
        {
            return Page();
        }

        var errors = new ValidationErrors();
        errors.Required(nameof(Password), Password, "Create a password");
        if (!string.IsNullOrEmpty(Password) && Password != ConfirmPassword)
        {
            errors.Add(nameof(ConfirmPassword), "The passwords do not match");
        }

        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return Page();
        }

        // The account and the used invitation are saved together: a link can never create two accounts.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var practitioner = new Practitioner
        {
            Id = Guid.CreateVersion7(),
            UserName = Invitation.Email,
            Email = Invitation.Email,
            EmailConfirmed = true,
            DisplayName = Invitation.DisplayName,
            AgencyId = Invitation.AgencyId,
            TeamId = Invitation.TeamId,
            Roles = Invitation.Roles,
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(practitioner, Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(nameof(Password), PasswordMessage(error));
            }

            ShowErrors(errors);
            return Page();
        }

        var process = ProcessContext.Start(ProcessType.PractitionerRegistered, Actor.ForPractitioner(practitioner.Id, practitioner.AgencyId), clock, "Accepted an invitation");
        Invitation.UsedAt = process.Now;
        process.Publish(new PractitionerRegistered(practitioner.Id, practitioner.AgencyId, Invitation.Id, practitioner.Roles));
        await process.CompleteAsync(db);
        await transaction.CommitAsync();
        return RedirectToPage("/Account/SignIn");
    }

    private static string PasswordMessage(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => "Your password must be at least 12 characters",
        "DuplicateEmail" or "DuplicateUserName" => "An account already exists for this email address. Sign in instead",
        _ => error.Description,
    };
}
