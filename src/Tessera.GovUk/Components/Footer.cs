using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    private const string LicenceLogo = "<svg aria-hidden=\"true\" focusable=\"false\" class=\"govuk-footer__licence-logo\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 483.2 195.7\" height=\"17\" width=\"41\">\n"
        + "  <path fill=\"currentColor\" d=\"M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145\" />\n"
        + "</svg>";

    private const string DefaultLicence = "All content is available under the\n"
        + "<a class=\"govuk-footer__link\" href=\"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\" rel=\"license\">Open Government Licence v3.0</a>, except where otherwise stated";

    private const string CopyrightHref = "https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/";

    public static string Footer(FooterOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sb = new StringBuilder();
        sb.Append($"<div class=\"{E(Classes("govuk-footer", o.Classes))}\"{Attrs(o.Attributes)}>\n")
            .Append($"  <div class=\"{E(Classes("govuk-width-container", o.ContainerClasses))}\">")
            .Append(Logo("govuk-footer__crown", null, useLogotype: false)).Append('\n');

        if (o.Navigation is { Count: > 0 })
        {
            sb.Append("    <div class=\"govuk-footer__navigation\">\n");
            foreach (var nav in o.Navigation)
            {
                sb.Append($"      <div class=\"govuk-footer__section govuk-grid-column-{E(Has(nav.Width) ? nav.Width : "full")}\">\n")
                    .Append($"        <h2 class=\"govuk-footer__heading govuk-heading-m\">{E(nav.Title)}</h2>\n");
                if (nav.Items is { Count: > 0 })
                {
                    var columns = nav.Columns is { } c && c != 0 ? $"govuk-footer__list--columns-{c}" : null;
                    sb.Append($"        <ul class=\"{Classes("govuk-footer__list", columns)}\">\n");
                    foreach (var item in nav.Items.Where(i => Has(i.Href) && Has(i.Text)))
                    {
                        sb.Append($"          <li class=\"govuk-footer__list-item\">\n            {FooterLinkHtml(item)}\n          </li>\n");
                    }

                    sb.Append("        </ul>\n");
                }

                sb.Append("      </div>\n");
            }

            sb.Append("    </div>\n    <hr class=\"govuk-footer__section-break\">\n");
        }

        sb.Append("    <div class=\"govuk-footer__meta\">\n      <div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\">\n");
        AppendFooterMeta(sb, o.Meta);
        if (o.ContentLicence is not { Hidden: true })
        {
            var licence = o.ContentLicence;
            var text = Has(licence?.Html) || Has(licence?.Text) ? Content(licence.Html, licence.Text) : DefaultLicence;
            sb.Append("        ").Append(LicenceLogo).Append('\n')
                .Append($"        <span class=\"govuk-footer__licence-description\">\n          {text}\n        </span>\n");
        }

        var copyright = Has(o.Copyright?.Html) || Has(o.Copyright?.Text) ? Content(o.Copyright.Html, o.Copyright.Text) : "© Crown copyright";
        sb.Append("      </div>\n      <div class=\"govuk-footer__meta-item\">\n")
            .Append($"        <a class=\"govuk-footer__link govuk-footer__copyright-logo\" href=\"{CopyrightHref}\">\n          {copyright}\n        </a>\n")
            .Append("      </div>\n    </div>\n  </div>\n</div>");
        return sb.ToString();
    }

    private static void AppendFooterMeta(StringBuilder sb, FooterMeta? meta)
    {
        if (meta is null)
        {
            return;
        }

        var title = Has(meta.VisuallyHiddenTitle) ? meta.VisuallyHiddenTitle : "Support links";
        sb.Append($"        <h2 class=\"govuk-visually-hidden\">{E(title)}</h2>\n");
        if (meta.Items is { Count: > 0 })
        {
            sb.Append("        <ul class=\"govuk-footer__inline-list\">\n");
            foreach (var item in meta.Items)
            {
                sb.Append($"          <li class=\"govuk-footer__inline-list-item\">\n            {FooterLinkHtml(item)}\n          </li>\n");
            }

            sb.Append("        </ul>\n");
        }

        if (Has(meta.Text) || Has(meta.Html))
        {
            sb.Append($"        <div class=\"govuk-footer__meta-custom\">\n          {Content(meta.Html, meta.Text)}\n        </div>\n");
        }
    }

    private static string FooterLinkHtml(FooterLink item) =>
        $"<a class=\"govuk-footer__link\" href=\"{E(item.Href)}\"{Attrs(item.Attributes)}>\n              {E(item.Text)}\n            </a>";
}
