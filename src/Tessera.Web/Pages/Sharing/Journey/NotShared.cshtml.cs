using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Journey;

/// <summary>The journey's other ending: a recorded decision not to share, with a reason.</summary>
public sealed class NotSharedModel(JourneyServices services, ShareService shares, IServiceProvider provider) : JourneyPage(services)
{
    public static readonly Choice[] Reasons = Enum.GetValues<NotSharedReason>().Select(r => new Choice(r.ToString(), SharingText.NotShared(r))).ToArray();

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? ReasonText { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync("not-shared") ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync("not-shared"))
        {
            return NotFound();
        }

        var advice = provider.GetService<IAdviceRequests>() is { } requests
            ? (await requests.AnsweredForDraftAsync(Id, CurrentPractitionerId)).Select(a => a.Id).ToList()
            : [];
        var outcome = await shares.RecordNotSharedAsync(new RecordNotSharedInput
        {
            ChildRecordId = Draft.ChildRecordId,
            ShareDraftId = Draft.Id,
            Purpose = Draft.Purpose,
            Reason = Enum.TryParse<NotSharedReason>(Reason, out var r) && Enum.IsDefined(r) ? r : null,
            ReasonText = ReasonText,
            ConcernIds = Draft.Concerns.Select(c => c.ConcernId).ToList(),
            AdviceRequestIds = advice,
        }, StartProcess(ProcessType.NotSharedDecisionRecorded, Services.Clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Banner"] = "Your decision not to share is recorded.";
        return Redirect($"/sharing/decisions/{outcome.Value!.Id}");
    }
}
