using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Guidance.Models;
using Tessera.Core.Modules.Guidance.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Guidance;

/// <summary>The current guidance, and the practitioner's confirmation that they have read this version.</summary>
public sealed class GuidanceIndexModel(GuidanceService guidance, TimeProvider clock) : TesseraPage
{
    public GuidanceVersion? Current { get; private set; }
    public bool Acknowledged { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid versionId)
    {
        await LoadAsync();
        if (Current is null || Current.Id != versionId)
        {
            // A newer version was published while the page was open: show it, so they confirm what they actually read.
            TempData["Banner"] = "The guidance has changed since you opened it. Read this version, then confirm.";
            return Redirect("/guidance");
        }

        await guidance.AcknowledgeAsync(versionId, StartProcess(ProcessType.GuidanceAcknowledged, clock));
        TempData["Banner"] = $"Thank you. You have confirmed you have read version {Current.Number}.";
        return Redirect("/guidance");
    }

    private async Task LoadAsync()
    {
        Current = await guidance.CurrentAsync();
        Acknowledged = Current is not null && await guidance.HasAcknowledgedAsync(Current.Id, CurrentPractitionerId);
    }
}
