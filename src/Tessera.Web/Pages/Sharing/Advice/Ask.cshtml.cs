using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Sharing.Advice;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Advice;

/// <summary>
/// "Ask for advice" (golden rule 4). Reached from any "not sure" in the sharing journey with the draft id and the
/// way back; the summary must not name the child, and a summary that looks as if it might must be confirmed.
/// </summary>
public sealed class AskModel(IAdviceRequests advice, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid? DraftId { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? AskRole { get; set; }
    [BindProperty] public string? Question { get; set; }
    [BindProperty] public string? AnonymisedSummary { get; set; }
    [BindProperty] public bool ConfirmedAnonymous { get; set; }

    /// <summary>What may identify the child in the text as last submitted; the confirmation box shows while there is any.</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public string? SafeReturnUrl => AdviceValidator.CleanReturnUrl(ReturnUrl);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var role = Enum.TryParse<AdviserRole>(AskRole, out var r) && Enum.IsDefined(r) ? r : (AdviserRole?)null;
        var asked = await advice.AskAsync(new AskAdviceInput
        {
            AskRole = role,
            Question = Question,
            AnonymisedSummary = AnonymisedSummary,
            ShareDraftId = DraftId,
            ReturnUrl = ReturnUrl,
            ConfirmedAnonymous = ConfirmedAnonymous,
        }, StartProcess(ProcessType.AdviceRequested, clock));
        if (!asked.Succeeded)
        {
            Warnings = AnonymisationCheck.Warnings(Question).Concat(AnonymisationCheck.Warnings(AnonymisedSummary)).Distinct().ToList();
            ShowErrors(asked.Errors);
            return Page();
        }

        TempData["Banner"] = $"Your request has been sent to your {AdviceText.For(asked.Value!.AskRole).ToLowerInvariant()}. You will get a message in your inbox when they answer.";
        return Redirect($"/sharing/advice/{asked.Value.Id}");
    }
}
