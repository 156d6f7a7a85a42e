using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Processes;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Journey;

/// <summary>"Share information" on a child or concern page posts here: a draft is started and the first question shown.</summary>
public sealed class StartShareModel(ShareDrafts drafts, AccessService access, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid ChildId { get; set; }
    [BindProperty] public Guid? ConcernId { get; set; }

    public IActionResult OnGet() => Redirect($"/children/{ChildId}");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await access.DecideAsync(User.Actor(), ChildId, AccessPurpose.RecordConcern)).Allowed)
        {
            return NotFound();
        }

        var draft = await drafts.StartAsync(ChildId, ConcernId, StartProcess(ProcessType.ShareDraftStarted, clock));
        return Redirect(JourneySteps.Url(draft.Id, JourneySteps.Purpose));
    }
}
