using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>
/// Who may assign practitioners to a child: the owning agency's DSL (purpose Manage), or a MASH manager who may see
/// the child (purpose View — the front door assigns across agencies).
/// </summary>
public static class AssignmentRules
{
    public static AccessPurpose PurposeFor(PractitionerRoles roles) =>
        (roles & PractitionerRoles.MashManager) != 0 ? AccessPurpose.View : AccessPurpose.Manage;

    public static bool MayAssign(AccessFacts facts) =>
        AccessPolicy.Decide(facts, PurposeFor(facts.Practitioner.Roles)).Allowed;
}
