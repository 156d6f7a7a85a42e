using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Gateways;

/// <summary>What a partnership administrator proposes. For a withdrawal only the code and reason matter.</summary>
public sealed record ProposeGatewayChangeInput
{
    public GatewayChangeKind? Change { get; init; }
    public string? Code { get; init; }
    public string? Title { get; init; }
    public string? AppliesTo { get; init; }
    public GatewayKind? Kind { get; init; }
    public string? Allows { get; init; }
    public IReadOnlyList<AgencyType> SenderTypes { get; init; } = [];
    public IReadOnlyList<AgencyType> RecipientTypes { get; init; } = [];
    public IReadOnlyList<SharingPurpose> Purposes { get; init; } = [];
    public DataCategories RequiresData { get; init; }
    public bool InForce { get; init; } = true;
    public bool CreatesLegalObligation { get; init; }
    public string? Reason { get; init; }
}
