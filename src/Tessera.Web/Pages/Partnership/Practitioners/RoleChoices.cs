using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Partnership.Practitioners;

public static class RoleChoices
{
    public static readonly Choice[] All = DisplayNames.AllRoles
        .Select(r => new Choice(r.ToString(), DisplayNames.For(r), r.RequiresTwoFactor() ? "Needs two-factor sign-in" : null))
        .ToArray();

    public static PractitionerRoles Parse(IEnumerable<string> values) =>
        values.Aggregate(PractitionerRoles.None, (all, v) => Enum.TryParse<PractitionerRoles>(v, out var role) && DisplayNames.AllRoles.Contains(role) ? all | role : all);

    public static List<string> From(PractitionerRoles roles) =>
        DisplayNames.AllRoles.Where(r => roles.Has(r)).Select(r => r.ToString()).ToList();
}
