using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Modules.Sharing.Models;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>Who a share may go to (someone in the sender's partnership) and who it alerts.</summary>
public sealed class ShareRecipients(TesseraDbContext db)
{
    /// <summary>Roles alerted when a share is addressed to a whole agency, and who its overdue acknowledgements go to.</summary>
    public const PractitionerRoles FrontDoorRoles = PractitionerRoles.DesignatedSafeguardingLead | PractitionerRoles.MashScreener | PractitionerRoles.MashManager;

    public sealed record Problem(string Field, string Message);

    /// <summary>Null when the recipient is an active agency, team or practitioner of the sender's partnership.</summary>
    public async Task<Problem?> CheckAsync(Guid senderAgencyId, ShareRecipientKind kind, Guid agencyId, Guid? teamId, Guid? practitionerId, CancellationToken cancellationToken)
    {
        var partnership = await db.Agencies.Where(a => a.Id == senderAgencyId).Select(a => a.PartnershipId).SingleAsync(cancellationToken);
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == partnership && a.IsActive, cancellationToken))
        {
            return new(nameof(SendShareInput.RecipientAgencyId), "You can only share with an agency in your safeguarding partnership. Choose one from the list");
        }

        if (kind == ShareRecipientKind.Team && !await db.Teams.AnyAsync(t => t.Id == teamId && t.AgencyId == agencyId, cancellationToken))
        {
            return new(nameof(SendShareInput.RecipientTeamId), "Choose a team of the agency you are sharing with");
        }

        if (kind == ShareRecipientKind.Practitioner
            && !await db.Users.AnyAsync(p => p.Id == practitionerId && p.AgencyId == agencyId && !p.IsDisabled, cancellationToken))
        {
            return new(nameof(SendShareInput.RecipientPractitionerId), "Choose a practitioner who works for the agency you are sharing with");
        }

        return null;
    }

    /// <summary>The people a share is addressed to: the practitioner, the team's members, or the agency's front door.</summary>
    public async Task<List<Guid>> PeopleAsync(Share share, CancellationToken cancellationToken)
    {
        var people = db.Users.Where(p => !p.IsDisabled && p.AgencyId == share.RecipientAgencyId);
        var frontDoor = (int)FrontDoorRoles;
        people = share.RecipientKind switch
        {
            ShareRecipientKind.Practitioner => people.Where(p => p.Id == share.RecipientPractitionerId),
            ShareRecipientKind.Team => people.Where(p => p.TeamId == share.RecipientTeamId),
            _ => people.Where(p => ((int)p.Roles & frontDoor) != 0),
        };
        return await people.Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The recipient agency's designated safeguarding leads, who hear about a share nobody acknowledged.</summary>
    public async Task<List<Guid>> LeadsAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var dsl = (int)PractitionerRoles.DesignatedSafeguardingLead;
        return await db.Users.Where(p => !p.IsDisabled && p.AgencyId == agencyId && ((int)p.Roles & dsl) != 0)
            .Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Whether the practitioner is one the share is addressed to (their own, their team's or their agency's).</summary>
    public static bool IsAddressedTo(Share share, Guid practitionerId, Guid agencyId, Guid? teamId) => share.RecipientKind switch
    {
        ShareRecipientKind.Practitioner => share.RecipientPractitionerId == practitionerId,
        ShareRecipientKind.Team => share.RecipientAgencyId == agencyId && share.RecipientTeamId == teamId,
        _ => share.RecipientAgencyId == agencyId,
    };
}
