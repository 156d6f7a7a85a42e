using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Gateways;

/// <summary>
/// A proposed change to one gateway, made by a partnership administrator against the version then in force. It
/// becomes a new registry version only when each statutory partner has approved it.
/// </summary>
public class GatewayChangeProposal
{
    public const int ReasonMaxLength = 2000;

    public Guid Id { get; set; }
    public int BaseVersion { get; set; }
    public GatewayChangeKind Change { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public required string AppliesTo { get; set; }
    public GatewayKind Kind { get; set; }
    public required string Allows { get; set; }
    public string SenderTypes { get; set; } = "";
    public string RecipientTypes { get; set; } = "";
    public string Purposes { get; set; } = "";
    public DataCategories RequiresData { get; set; }
    public bool InForce { get; set; }
    public bool CreatesLegalObligation { get; set; }
    public required string Reason { get; set; }
    public Guid ProposedById { get; set; }
    public Guid ProposedByAgencyId { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public GatewayProposalStatus Status { get; set; }

    /// <summary>The version this proposal became, once adopted.</summary>
    public int? AdoptedVersion { get; set; }

    public Guid Version { get; set; }
    public List<GatewayChangeApproval> Approvals { get; set; } = [];

    public GatewayEntry ToEntry() => new(Code, Title, AppliesTo, Kind, Allows,
        Gateway.Parse<AgencyType>(SenderTypes), Gateway.Parse<AgencyType>(RecipientTypes), Gateway.Parse<SharingPurpose>(Purposes),
        RequiresData, InForce, CreatesLegalObligation);
}

/// <summary>An approval on behalf of one statutory partner.</summary>
public class GatewayChangeApproval
{
    public Guid Id { get; set; }
    public Guid ProposalId { get; set; }
    public StatutoryPartner Partner { get; set; }
    public Guid ApprovedById { get; set; }
    public Guid ApprovedByAgencyId { get; set; }
    public DateTimeOffset ApprovedAt { get; set; }
}

public enum GatewayChangeKind
{
    Add = 1,
    Amend = 2,
    Withdraw = 3,
}

public enum GatewayProposalStatus
{
    AwaitingApproval = 1,
    Adopted = 2,
}

/// <summary>The three statutory safeguarding partners (Working Together 2023). Each must approve a registry change.</summary>
public enum StatutoryPartner
{
    LocalAuthority = 1,
    IntegratedCareBoard = 2,
    Police = 3,
}
