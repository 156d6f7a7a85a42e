using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Gateways;

/// <summary>
/// Changes to the registry: an administrator proposes, each statutory partner approves, and the last approval adopts
/// the change as a new version. Nothing in force changes until all three partners agree.
/// </summary>
public sealed class GatewayRegistryAdministration(TesseraDbContext db, GatewayRegistry registry, Inbox inbox)
{
    public async Task<Outcome<GatewayChangeProposal>> ProposeAsync(ProposeGatewayChangeInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var proposer = await ActorAsync(process, cancellationToken);
        if ((proposer.Roles & PractitionerRoles.PartnershipAdministrator) == 0)
        {
            throw new NotPermittedException("Only a partnership administrator can propose a change to the gateway registry.");
        }

        var current = await registry.CurrentAsync(cancellationToken);
        var errors = GatewayChangeValidator.Validate(input, current);
        var code = input.Code?.Trim().ToUpperInvariant() ?? "";
        if (errors.IsValid && await db.GatewayChangeProposals.AnyAsync(p => p.Code == code && p.Status == GatewayProposalStatus.AwaitingApproval, cancellationToken))
        {
            errors.Add(nameof(input.Code), "A change to this gateway is already awaiting approval: approve or wait for it first");
        }

        if (!errors.IsValid)
        {
            return Outcome<GatewayChangeProposal>.Failure(errors);
        }

        var existing = current.Find(code);
        var withdraw = input.Change == GatewayChangeKind.Withdraw;
        var proposal = new GatewayChangeProposal
        {
            Id = Guid.CreateVersion7(),
            BaseVersion = current.Version,
            Change = input.Change!.Value,
            Code = code,
            Title = withdraw ? existing!.Title : input.Title!.Trim(),
            AppliesTo = withdraw ? existing!.AppliesTo : input.AppliesTo!.Trim(),
            Kind = withdraw ? existing!.Kind : input.Kind!.Value,
            Allows = withdraw ? existing!.Allows : input.Allows!.Trim(),
            SenderTypes = Gateway.Join(withdraw ? existing!.SenderTypes : input.SenderTypes.Distinct()),
            RecipientTypes = Gateway.Join(withdraw ? existing!.RecipientTypes : input.RecipientTypes.Distinct()),
            Purposes = Gateway.Join(withdraw ? existing!.Purposes : input.Purposes.Distinct()),
            RequiresData = withdraw ? existing!.RequiresData : input.RequiresData,
            InForce = withdraw ? existing!.InForce : input.InForce,
            CreatesLegalObligation = withdraw ? existing!.CreatesLegalObligation : input.CreatesLegalObligation,
            Reason = input.Reason!.Trim(),
            ProposedById = proposer.Id,
            ProposedByAgencyId = proposer.AgencyId,
            ProposedAt = process.Now,
            Status = GatewayProposalStatus.AwaitingApproval,
        };
        db.GatewayChangeProposals.Add(proposal);
        process.Publish(new GatewayChangeProposed(proposal.Id, proposal.BaseVersion, proposal.Change, proposal.Code));
        await AlertRepresentativesAsync(proposal, process, cancellationToken);
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<GatewayChangeProposal>.Success(proposal);
    }

    public async Task<Outcome<GatewayChangeProposal>> ApproveAsync(Guid proposalId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var approver = await ActorAsync(process, cancellationToken);
        var agencyType = await db.Agencies.Where(a => a.Id == approver.AgencyId).Select(a => a.Type).FirstAsync(cancellationToken);
        var proposal = await db.GatewayChangeProposals.Include(p => p.Approvals).FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken)
            ?? throw new NotPermittedException("There is no such proposal.");
        var errors = new ValidationErrors();
        var partner = StatutoryPartners.For(agencyType);
        var current = await registry.CurrentAsync(cancellationToken);

        if (partner is null || !StatutoryPartners.CanRepresent(approver.Roles))
        {
            errors.Add("Approve", "Only a designated safeguarding lead, privacy officer or partnership administrator of the local authority's children's social care, the integrated care board or the police can approve a change");
        }
        else if (proposal.Status != GatewayProposalStatus.AwaitingApproval)
        {
            errors.Add("Approve", "This change is no longer awaiting approval");
        }
        else if (proposal.BaseVersion != current.Version)
        {
            // The wording it was proposed against has changed: approving it could silently undo the newer change.
            errors.Add("Approve", $"The registry changed to version {current.Version} after this was proposed. Ask the administrator to propose it again");
        }
        else if (proposal.Approvals.Any(a => a.Partner == partner))
        {
            errors.Add("Approve", $"{StatutoryPartners.Name(partner.Value)} has already approved this change");
        }

        if (!errors.IsValid)
        {
            return Outcome<GatewayChangeProposal>.Failure(errors);
        }

        var approval = new GatewayChangeApproval
        {
            Id = Guid.CreateVersion7(),
            ProposalId = proposal.Id,
            Partner = partner!.Value,
            ApprovedById = approver.Id,
            ApprovedByAgencyId = approver.AgencyId,
            ApprovedAt = process.Now,
        };
        db.GatewayChangeApprovals.Add(approval);
        proposal.Approvals.Add(approval);
        process.Publish(new GatewayChangeApproved(proposal.Id, approval.Partner, approver.AgencyId));

        if (StatutoryPartners.All.All(p => proposal.Approvals.Any(a => a.Partner == p)))
        {
            Adopt(proposal, current, process);
        }

        // Touch the proposal so a concurrent approval from a stale copy conflicts instead of adopting twice.
        db.Entry(proposal).Property(p => p.Version).IsModified = true;
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<GatewayChangeProposal>.Success(proposal);
    }

    /// <summary>Proposals awaiting approval, newest first.</summary>
    public async Task<IReadOnlyList<GatewayChangeProposal>> AwaitingApprovalAsync(CancellationToken cancellationToken = default) =>
        await db.GatewayChangeProposals.AsNoTracking().Include(p => p.Approvals)
            .Where(p => p.Status == GatewayProposalStatus.AwaitingApproval)
            .OrderByDescending(p => p.ProposedAt)
            .ToListAsync(cancellationToken);

    public async Task<GatewayChangeProposal?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.GatewayChangeProposals.AsNoTracking().Include(p => p.Approvals).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    private void Adopt(GatewayChangeProposal proposal, Contracts.GatewayRegistrySnapshot current, ProcessContext process)
    {
        var version = current.Version + 1;
        db.GatewayRegistryVersions.Add(new GatewayRegistryVersion { Version = version, EffectiveFrom = process.Now, ProposalId = proposal.Id });
        var entries = current.Gateways.ToList();
        var index = entries.FindIndex(g => string.Equals(g.Code, proposal.Code, StringComparison.OrdinalIgnoreCase));
        switch (proposal.Change)
        {
            case GatewayChangeKind.Add:
                entries.Add(proposal.ToEntry());
                break;
            case GatewayChangeKind.Amend:
                entries[index] = proposal.ToEntry();
                break;
            default:
                entries.RemoveAt(index);
                break;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            db.Gateways.Add(Gateway.From(entries[i], version, i + 1, Guid.CreateVersion7()));
        }

        proposal.Status = GatewayProposalStatus.Adopted;
        proposal.AdoptedVersion = version;
        process.Publish(new GatewayRegistryVersionAdopted(proposal.Id, version, proposal.Code));
    }

    private async Task AlertRepresentativesAsync(GatewayChangeProposal proposal, ProcessContext process, CancellationToken cancellationToken)
    {
        var senior = (int)(PractitionerRoles.DesignatedSafeguardingLead | PractitionerRoles.PrivacyOfficer | PractitionerRoles.PartnershipAdministrator);
        var partnerTypes = new[] { AgencyType.ChildrensSocialCare, AgencyType.IntegratedCareBoard, AgencyType.Police };
        var representatives = await db.Users
            .Where(p => !p.IsDisabled && ((int)p.Roles & senior) != 0 && db.Agencies.Any(a => a.Id == p.AgencyId && partnerTypes.Contains(a.Type)))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in representatives.Where(r => r != proposal.ProposedById))
        {
            inbox.Notify(process, id, InboxItemKind.GatewayChangeAwaitingApproval,
                $"A change to gateway {proposal.Code} is awaiting your approval", $"/sharing/gateways/proposals/{proposal.Id}", proposal.Id);
        }
    }

    private async Task<Practitioner> ActorAsync(ProcessContext process, CancellationToken cancellationToken)
    {
        var id = process.Actor.Id ?? throw new NotPermittedException("Only a signed-in practitioner can change the gateway registry.");
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && !p.IsDisabled, cancellationToken)
            ?? throw new NotPermittedException("Only a signed-in practitioner can change the gateway registry.");
    }
}
