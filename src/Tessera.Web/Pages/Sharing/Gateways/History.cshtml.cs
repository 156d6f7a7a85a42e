using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Sharing.Gateways;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Gateways;

/// <summary>Every version of the registry, newest first, with the change that made it.</summary>
public sealed class HistoryModel(TesseraDbContext db, GatewayRegistry registry) : TesseraPage
{
    public IReadOnlyList<GatewayRegistryVersion> Versions { get; private set; } = [];
    public Dictionary<Guid, GatewayChangeProposal> Changes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Versions = await registry.HistoryAsync();
        var ids = Versions.Where(v => v.ProposalId is not null).Select(v => v.ProposalId!.Value).ToList();
        Changes = await db.GatewayChangeProposals.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
    }
}
