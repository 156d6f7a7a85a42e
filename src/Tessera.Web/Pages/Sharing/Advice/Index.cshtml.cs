using Tessera.Core.Modules.Sharing.Advice;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Advice;

/// <summary>The practitioner's own requests, and for a DSL or privacy officer, the agency's requests awaiting advice.</summary>
public sealed class IndexModel(AdviceService advice) : TesseraPage
{
    public IReadOnlyList<AdviceRequestView> Awaiting { get; private set; } = [];
    public IReadOnlyList<AdviceRequestView> Mine { get; private set; } = [];
    public bool IsAdviser { get; private set; }

    public async Task OnGetAsync()
    {
        IsAdviser = AdviceService.IsAdviserRole(User.Roles());
        Awaiting = IsAdviser ? await advice.AwaitingAdviceAsync(CurrentPractitionerId) : [];
        Mine = await advice.AskedByAsync(CurrentPractitionerId);
    }
}
