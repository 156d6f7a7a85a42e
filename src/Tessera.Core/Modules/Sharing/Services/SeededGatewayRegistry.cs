using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Gateways;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>
/// The registry as first shipped, used only where no stored registry is registered (a later registration replaces it),
/// so sharing works before the partners have changed anything.
/// </summary>
public sealed class SeededGatewayRegistry : IGatewayRegistry
{
    private static readonly GatewayRegistrySnapshot Seeded = GatewaySeed.Snapshot(DateTimeOffset.UnixEpoch);

    public Task<GatewayRegistrySnapshot> CurrentAsync(CancellationToken cancellationToken = default) => Task.FromResult(Seeded);

    public Task<GatewayRegistrySnapshot?> VersionAsync(int version, CancellationToken cancellationToken = default) =>
        Task.FromResult(version == Seeded.Version ? Seeded : null);
}
