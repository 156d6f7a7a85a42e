using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string ServiceNavigation(ServiceNavigationOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var menuButtonText = Has(o.MenuButtonText) ? o.MenuButtonText : "Menu";
        var navigationId = Has(o.NavigationId) ? o.NavigationId : "navigation";
        var slots = o.Slots ?? new ServiceNavigationSlots();
        var endSlotHtml = slots.End?.Html;
        var endSlotInline = slots.End?.Align == "inline";
        var common = $"class=\"{E(Classes("govuk-service-navigation", o.Classes))}\" data-module=\"govuk-service-navigation\"{Attrs(o.Attributes)}";

        var sb = new StringBuilder();
        sb.Append($"  <div class=\"{Classes("govuk-width-container", endSlotInline ? "govuk-service-navigation__inlining-container" : null)}\">\n");
        if (Has(slots.Start))
        {
            sb.Append(slots.Start).Append('\n');
        }

        sb.Append("    <div class=\"govuk-service-navigation__container\">\n");
        if (Has(o.ServiceName))
        {
            sb.Append("      <span class=\"govuk-service-navigation__service-name\">\n");
            sb.Append(Has(o.ServiceUrl)
                ? $"        <a href=\"{E(o.ServiceUrl)}\" class=\"govuk-service-navigation__link\">\n          {E(o.ServiceName)}\n        </a>\n"
                : $"        <span class=\"govuk-service-navigation__text\">{E(o.ServiceName)}</span>\n");
            sb.Append("      </span>\n");
        }

        var items = (o.Navigation ?? []).Where(i => i is not null).Select(i => i!).ToList();
        if (items.Count > 0 || Has(slots.NavigationStart) || Has(slots.NavigationEnd))
        {
            var collapse = o.CollapseNavigationOnMobile ?? items.Count > 1;
            var navLabel = Has(o.NavigationLabel) ? o.NavigationLabel : menuButtonText;
            sb.Append($"      <nav aria-label=\"{E(navLabel)}\" class=\"{E(Classes("govuk-service-navigation__wrapper", o.NavigationClasses))}\">\n");
            if (collapse)
            {
                var buttonLabel = Has(o.MenuButtonLabel) && o.MenuButtonLabel != menuButtonText ? Attr("aria-label", o.MenuButtonLabel) : string.Empty;
                sb.Append($"        <button type=\"button\" class=\"govuk-service-navigation__toggle govuk-js-service-navigation-toggle\" aria-controls=\"{E(navigationId)}\"{buttonLabel} hidden aria-hidden=\"true\">\n          {E(menuButtonText)}\n        </button>\n");
            }

            sb.Append($"        <ul class=\"govuk-service-navigation__list\" id=\"{E(navigationId)}\">\n");
            if (Has(slots.NavigationStart))
            {
                sb.Append(slots.NavigationStart).Append('\n');
            }

            foreach (var item in items)
            {
                sb.Append(NavigationItem(item));
            }

            if (Has(slots.NavigationEnd))
            {
                sb.Append(slots.NavigationEnd).Append('\n');
            }

            sb.Append("        </ul>\n      </nav>\n");
        }

        sb.Append("    </div>\n");
        if (Has(endSlotHtml))
        {
            sb.Append(endSlotHtml).Append('\n');
        }

        sb.Append("  </div>\n");

        // With a service name or slots, a labelled <section> forms the landmark; otherwise the <nav> is enough.
        return Has(o.ServiceName) || Has(slots.Start) || Has(endSlotHtml)
            ? $"<section aria-label=\"{E(o.AriaLabel ?? "Service information")}\" {common}>\n{sb}</section>"
            : $"<div {common}>\n{sb}</div>";
    }

    private static string NavigationItem(ServiceNavigationItem item)
    {
        var isActive = item.Active || item.Current;
        var content = RawContent(item.Html, item.Text);

        // Active links are wrapped in <strong> so users who override colours still see which is current.
        var inner = isActive ? $"<strong class=\"govuk-service-navigation__active-fallback\">{content}</strong>" : content;
        var ariaCurrent = isActive ? $" aria-current=\"{(item.Current ? "page" : "true")}\"" : string.Empty;
        var sb = new StringBuilder();
        sb.Append($"          <li class=\"{Classes("govuk-service-navigation__item", isActive ? "govuk-service-navigation__item--active" : null)}\">\n");
        if (Has(item.Href))
        {
            sb.Append($"            <a class=\"govuk-service-navigation__link\" href=\"{E(item.Href)}\"{ariaCurrent}{Attrs(item.Attributes)}>\n              {inner}\n            </a>\n");
        }
        else if (Has(item.Html) || Has(item.Text))
        {
            sb.Append($"            <span class=\"govuk-service-navigation__text\"{ariaCurrent}>\n              {inner}\n            </span>\n");
        }

        sb.Append("          </li>\n");
        return sb.ToString();
    }
}
