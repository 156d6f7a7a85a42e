using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>Who sees shielded information. Exports, shares and chronologies never do while the shield is active.</summary>
public static class ShieldRules
{
    /// <summary>On screen: the owning agency's DSL and the practitioners the owner named.</summary>
    public static bool CanSee(Shield shield, PractitionerFacts who) =>
        !shield.IsActive
        || (who.AgencyId == shield.OwningAgencyId && (who.Roles & PractitionerRoles.DesignatedSafeguardingLead) != 0 && !who.Disabled)
        || shield.Viewers.Any(v => v.PractitionerId == who.Id);

    /// <summary>Whether an item leaves Tessera (a share, a chronology, an export): only once unshielded.</summary>
    public static bool MayLeave(Shield shield) => !shield.IsActive;
}
