using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Gateways;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Gateways;

/// <summary>A proposed change, the wording it would replace, and each statutory partner's approval.</summary>
public sealed class ProposalModel(TesseraDbContext db, GatewayRegistry registry, GatewayRegistryAdministration administration, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public GatewayChangeProposal Proposal { get; private set; } = null!;
    public GatewayEntry? Before { get; private set; }
    public int CurrentVersion { get; private set; }
    public Dictionary<Guid, string> Names { get; private set; } = [];

    public bool Stale => Proposal.Status == GatewayProposalStatus.AwaitingApproval && Proposal.BaseVersion != CurrentVersion;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await db.MarkReadAsync(CurrentPractitionerId, Id, clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var approved = await administration.ApproveAsync(Id, StartProcess(ProcessType.GatewayChangeApproved, clock));
        if (!approved.Succeeded)
        {
            ShowErrors(approved.Errors);
            return Page();
        }

        TempData["Banner"] = approved.Value!.AdoptedVersion is { } version
            ? $"Approved. Every partner has now approved: version {version} of the registry is in force."
            : "Approved. The change takes effect when every partner has approved it.";
        return Redirect($"/sharing/gateways/proposals/{Id}");
    }

    private async Task<bool> LoadAsync()
    {
        var proposal = await administration.FindAsync(Id);
        if (proposal is null)
        {
            return false;
        }

        Proposal = proposal;
        CurrentVersion = (await registry.CurrentAsync()).Version;
        Before = (await registry.VersionAsync(proposal.BaseVersion))?.Find(proposal.Code);
        var people = proposal.Approvals.Select(a => a.ApprovedById).Append(proposal.ProposedById).ToList();
        Names = await db.Users.Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        return true;
    }
}
