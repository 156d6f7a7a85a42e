using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Header(HeaderOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var logo = Logo("govuk-header__logotype", "GOV.UK", useLogotype: true);
        if (Has(o.ProductName))
        {
            logo += $"\n<span class=\"govuk-header__product-name\">{E(o.ProductName)}</span>";
        }

        var url = Has(o.HomepageUrl) ? o.HomepageUrl : "//gov.uk";
        var container = Has(o.ContainerClasses) ? o.ContainerClasses : "govuk-width-container";
        return $"<div class=\"{E(Classes("govuk-header", o.Classes))}\"{Attrs(o.Attributes)}>\n"
            + $"  <div class=\"govuk-header__container {E(container)}\">\n"
            + "    <div class=\"govuk-header__logo\">\n"
            + $"      <a href=\"{E(url)}\" class=\"govuk-header__homepage-link\">\n        {logo}\n      </a>\n"
            + "    </div>\n  </div>\n</div>";
    }
}
