using Microsoft.AspNetCore.Mvc.RazorPages;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;

namespace Tessera.Web.Pages.Shared;

/// <summary>Base for Tessera pages: the current practitioner, validation errors and a clock.</summary>
public abstract class TesseraPage : PageModel
{
    public ValidationErrors Errors { get; private set; } = new();

    protected Guid CurrentPractitionerId => User.Id();

    protected Guid CurrentAgencyId => User.AgencyId();

    protected ProcessContext StartProcess(ProcessType type, TimeProvider clock, string? reason = null) =>
        ProcessContext.Start(type, User.Actor(), clock, reason);

    protected void ShowErrors(ValidationErrors errors)
    {
        Errors = errors;
        ViewData["HasErrors"] = !errors.IsValid;
    }
}
