using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Emergency;

/// <summary>The practitioner's own emergency accesses that are still running, each with "End now".</summary>
public sealed class ActiveModel(EmergencyAccessService emergencies, TimeProvider clock) : TesseraPage
{
    public IReadOnlyList<(EmergencyAccess Access, string AgencyName)> Active { get; private set; } = [];

    public async Task OnGetAsync() => Active = await emergencies.ActiveAsync(CurrentPractitionerId, clock.GetUtcNow());

    public async Task<IActionResult> OnPostEndAsync(Guid id)
    {
        await emergencies.EndAsync(id, StartProcess(ProcessType.EmergencyAccessEnded, clock));
        TempData["Banner"] = "Emergency access ended.";
        return Redirect("/emergency/active");
    }
}
