using Tessera.Core.Modules.Partnership.Models;
using Tessera.GovUk;

namespace Tessera.Web.Pages.Shared;

/// <summary>The service navigation links a practitioner's roles allow, with the current section marked.</summary>
public static class Navigation
{
    public static IEnumerable<ServiceNavigationItem> For(PractitionerRoles roles, string path)
    {
        var links = new (string Href, string Text, bool Show)[]
        {
            ("/", "Home", true),
            ("/children", "Children", roles.SeesChildren()),
            ("/concerns/open", "Open concerns", roles.Has(PractitionerRoles.DesignatedSafeguardingLead)),
            ("/sharing/received", "Shared with you", roles.SeesChildren()),
            ("/sharing/sent", "You shared", roles.SeesChildren()),
            ("/inbox", "Inbox", true),
            ("/glossary", "Glossary", true),
            ("/training", "Training", true),
            ("/reporting/training", "Reports", roles.Has(PractitionerRoles.StrategicLead)),
            ("/guidance", "Guidance", true),
            ("/practice", "Good practice", true),
            ("/barriers", "Barriers", true),
            ("/partnership", "Partnership", roles.Has(PractitionerRoles.PartnershipAdministrator)),
            ("/privacy/subject-access", "Data rights", roles.Has(PractitionerRoles.PrivacyOfficer)),
            ("/account/sign-out", "Sign out", true),
        };
        foreach (var (href, text, show) in links.Where(l => l.Show))
        {
            var active = href == "/" ? path == "/" : path.StartsWith(href, StringComparison.OrdinalIgnoreCase);
            yield return new ServiceNavigationItem { Href = href, Text = text, Active = active, Current = active && path == href };
        }
    }
}
