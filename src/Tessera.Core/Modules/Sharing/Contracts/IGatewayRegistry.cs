using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Sharing.Contracts;

/// <summary>
/// The legislative gateway registry, kept jointly by the statutory partners. Every version is kept, so a decision
/// can record the version it used and be read later against the law as the partnership understood it then.
/// </summary>
public interface IGatewayRegistry
{
    /// <summary>The version in force now.</summary>
    Task<GatewayRegistrySnapshot> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>A past (or the current) version, or null when there is no such version.</summary>
    Task<GatewayRegistrySnapshot?> VersionAsync(int version, CancellationToken cancellationToken = default);
}

/// <summary>One version of the registry, as read; immutable so the engine can stay pure.</summary>
public sealed record GatewayRegistrySnapshot(int Version, DateTimeOffset EffectiveFrom, IReadOnlyList<GatewayEntry> Gateways)
{
    public GatewayEntry? Find(string code) => Gateways.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A gateway: the words for people (title, who, what it allows) and the terms the engine matches on (sender and
/// recipient agency types, purposes, data). An empty list means "any", so a partnership can widen a gateway
/// without a code change.
/// </summary>
public sealed record GatewayEntry(
    string Code,
    string Title,
    string AppliesTo,
    GatewayKind Kind,
    string Allows,
    IReadOnlyList<AgencyType> SenderTypes,
    IReadOnlyList<AgencyType> RecipientTypes,
    IReadOnlyList<SharingPurpose> Purposes,
    DataCategories RequiresData,
    bool InForce,
    bool CreatesLegalObligation);

/// <summary>Whether a gateway requires sharing, only permits it, or is a framework every share must respect.</summary>
public enum GatewayKind
{
    Duty = 1,
    Power = 2,

    /// <summary>UK GDPR, the Human Rights Act, common law confidentiality, Caldicott: they govern how, not whether.</summary>
    Framework = 3,
}
