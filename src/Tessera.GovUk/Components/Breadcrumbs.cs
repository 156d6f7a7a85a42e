using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Breadcrumbs(BreadcrumbsOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var classes = Classes("govuk-breadcrumbs", o.Classes, o.CollapseOnMobile ? "govuk-breadcrumbs--collapse-on-mobile" : null);
        var sb = new StringBuilder();
        sb.Append($"<nav class=\"{E(classes)}\"{Attrs(o.Attributes)} aria-label=\"{E(o.LabelText ?? "Breadcrumb")}\">\n")
            .Append("  <ol class=\"govuk-breadcrumbs__list\">\n");
        foreach (var item in o.Items ?? [])
        {
            var content = RawContent(item.Html, item.Text);
            sb.Append(Has(item.Href)
                ? $"    <li class=\"govuk-breadcrumbs__list-item\">\n      <a class=\"govuk-breadcrumbs__link\" href=\"{E(item.Href)}\"{Attrs(item.Attributes)}>{content}</a>\n    </li>\n"
                : $"    <li class=\"govuk-breadcrumbs__list-item\" aria-current=\"page\">{content}</li>\n");
        }

        sb.Append("  </ol>\n</nav>");
        return sb.ToString();
    }
}
