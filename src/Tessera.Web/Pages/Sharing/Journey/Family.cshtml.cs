using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Journey;

public sealed class ShareFamilyModel(JourneyServices services) : JourneyPage(services)
{
    public static readonly Choice[] Choices = [new("yes", "Yes"), new("no", "No")];

    [BindProperty] public string? FamilyTold { get; set; }
    [BindProperty] public string? FamilyNotToldReason { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(JourneySteps.Family))
        {
            return NotFound();
        }

        FamilyTold = Draft.FamilyTold switch { true => "yes", false => "no", null => null };
        FamilyNotToldReason = Draft.FamilyNotToldReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(JourneySteps.Family))
        {
            return NotFound();
        }

        bool? told = FamilyTold switch { "yes" => true, "no" => false, _ => null };
        var errors = new ValidationErrors();
        ShareValidator.Family(errors, told, FamilyNotToldReason);
        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return Page();
        }

        Draft.FamilyTold = told;
        Draft.FamilyNotToldReason = told == false ? ShareService.Clean(FamilyNotToldReason) : null;
        return await SaveAndContinueAsync(JourneySteps.Family);
    }
}
