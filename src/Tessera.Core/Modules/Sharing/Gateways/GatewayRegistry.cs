using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Gateways;

/// <summary>Reads registry versions. The current version is simply the highest: versions are only ever added.</summary>
public sealed class GatewayRegistry(TesseraDbContext db) : IGatewayRegistry
{
    public async Task<GatewayRegistrySnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var current = await db.GatewayRegistryVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(cancellationToken);
        return await LoadAsync(current, cancellationToken);
    }

    public async Task<GatewayRegistrySnapshot?> VersionAsync(int version, CancellationToken cancellationToken = default)
    {
        var found = await db.GatewayRegistryVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Version == version, cancellationToken);
        return found is null ? null : await LoadAsync(found, cancellationToken);
    }

    /// <summary>Every version, newest first, for the history page.</summary>
    public async Task<IReadOnlyList<GatewayRegistryVersion>> HistoryAsync(CancellationToken cancellationToken = default) =>
        await db.GatewayRegistryVersions.AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

    private async Task<GatewayRegistrySnapshot> LoadAsync(GatewayRegistryVersion version, CancellationToken cancellationToken)
    {
        var gateways = await db.Gateways.AsNoTracking().Where(g => g.RegistryVersion == version.Version).ToListAsync(cancellationToken);

        // Keep the order stable so suggestions list gateways predictably.
        return new GatewayRegistrySnapshot(version.Version, version.EffectiveFrom, gateways.OrderBy(g => g.Position).Select(g => g.ToEntry()).ToList());
    }
}
