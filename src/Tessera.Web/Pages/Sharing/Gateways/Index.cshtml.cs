using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Gateways;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Gateways;

/// <summary>The registry version in force, and the changes waiting for the statutory partners.</summary>
public sealed class IndexModel(GatewayRegistry registry, GatewayRegistryAdministration administration) : TesseraPage
{
    public GatewayRegistrySnapshot Current { get; private set; } = null!;
    public IReadOnlyList<GatewayChangeProposal> Awaiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Current = await registry.CurrentAsync();
        Awaiting = await administration.AwaitingApprovalAsync();
    }
}
