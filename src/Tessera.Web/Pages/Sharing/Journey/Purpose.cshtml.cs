using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Journey;

public sealed class SharePurposeModel(JourneyServices services) : JourneyPage(services)
{
    public static readonly Choice[] Choices =
    [
        new(nameof(SharingPurpose.Safeguarding), SharingText.Purpose(SharingPurpose.Safeguarding), "You think a child is at risk of, or is suffering, harm."),
        new(nameof(SharingPurpose.WelfareOrEarlyHelp), SharingText.Purpose(SharingPurpose.WelfareOrEarlyHelp), "Support for the child or family, usually with their agreement."),
        new(nameof(SharingPurpose.Other), SharingText.Purpose(SharingPurpose.Other)),
    ];

    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? PurposeOther { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(JourneySteps.Purpose))
        {
            return NotFound();
        }

        Purpose = Draft.Purpose?.ToString();
        PurposeOther = Draft.PurposeOther;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(JourneySteps.Purpose))
        {
            return NotFound();
        }

        SharingPurpose? purpose = Enum.TryParse<SharingPurpose>(Purpose, out var p) ? p : null;
        var errors = new ValidationErrors();
        ShareValidator.Purpose(errors, purpose, PurposeOther);
        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return Page();
        }

        Draft.Purpose = purpose;
        Draft.PurposeOther = purpose == SharingPurpose.Other ? ShareService.Clean(PurposeOther) : null;
        return await SaveAndContinueAsync(JourneySteps.Purpose);
    }
}
