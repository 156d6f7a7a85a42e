using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Journey;

public sealed class ShareConsentModel(JourneyServices services) : JourneyPage(services)
{
    public static readonly Choice[] Choices =
    [
        new(nameof(ConsentState.NotSought), "No, I did not ask"),
        new(nameof(ConsentState.Given), "Yes, they agreed"),
        new(nameof(ConsentState.Refused), "No, they refused"),
        new(nameof(ConsentState.ChildGaveOwnConsent), "The child agreed themselves", "The child is old enough and able to decide (Gillick-competent)."),
    ];

    public static readonly Choice[] Reasons = Enum.GetValues<ConsentNotSoughtReason>()
        .Select(r => new Choice(r.ToString(), SharingText.NotSought(r))).ToArray();

    [BindProperty] public string? Consent { get; set; }
    [BindProperty] public string? ConsentNotSoughtReason { get; set; }
    [BindProperty] public string? ConsentNote { get; set; }

    public bool Safeguarding => Draft.Purpose == SharingPurpose.Safeguarding;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(JourneySteps.Consent))
        {
            return NotFound();
        }

        Consent = Draft.Consent?.ToString();
        ConsentNotSoughtReason = Draft.ConsentNotSoughtReason?.ToString();
        ConsentNote = Draft.ConsentNote;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(JourneySteps.Consent))
        {
            return NotFound();
        }

        ConsentState? consent = Enum.TryParse<ConsentState>(Consent, out var c) ? c : null;
        ConsentNotSoughtReason? reason = Enum.TryParse<ConsentNotSoughtReason>(ConsentNotSoughtReason, out var r) ? r : null;
        var errors = new ValidationErrors();
        ShareValidator.Consent(errors, consent, reason, ConsentNote);
        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return Page();
        }

        Draft.Consent = consent;
        Draft.ConsentNotSoughtReason = consent == ConsentState.NotSought ? reason : null;
        Draft.ConsentNote = ShareService.Clean(ConsentNote);
        return await SaveAndContinueAsync(JourneySteps.Consent);
    }
}
