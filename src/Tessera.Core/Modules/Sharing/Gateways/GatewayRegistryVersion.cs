namespace Tessera.Core.Modules.Sharing.Gateways;

/// <summary>A version of the registry. Versions are only added; the highest is in force.</summary>
public class GatewayRegistryVersion
{
    public int Version { get; set; }
    public DateTimeOffset EffectiveFrom { get; set; }

    /// <summary>The change that produced this version; null for the seed.</summary>
    public Guid? ProposalId { get; set; }
}
