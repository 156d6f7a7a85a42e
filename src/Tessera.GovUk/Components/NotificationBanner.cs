using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string NotificationBanner(NotificationBannerOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var success = o.Type == "success";
        var typeClass = success ? "govuk-notification-banner--" + o.Type : null;
        var role = Has(o.Role) ? o.Role : success ? "alert" : "region";
        var title = Has(o.TitleHtml) ? o.TitleHtml : E(Has(o.TitleText) ? o.TitleText : success ? "Success" : "Important");
        var titleId = Has(o.TitleId) ? o.TitleId : "govuk-notification-banner-title";
        var level = o.TitleHeadingLevel is > 0 ? o.TitleHeadingLevel.Value : 2;
        var autoFocus = o.DisableAutoFocus is { } d ? $" data-disable-auto-focus=\"{(d ? "true" : "false")}\"" : string.Empty;

        var sb = new StringBuilder();
        sb.Append($"<div class=\"{E(Classes("govuk-notification-banner", typeClass, o.Classes))}\" role=\"{E(role)}\" aria-labelledby=\"{E(titleId)}\" data-module=\"govuk-notification-banner\"{autoFocus}{Attrs(o.Attributes)}>\n")
            .Append("  <div class=\"govuk-notification-banner__header\">\n")
            .Append($"    <h{level} class=\"govuk-notification-banner__title\" id=\"{E(titleId)}\">\n      {title}\n    </h{level}>\n")
            .Append("  </div>\n  <div class=\"govuk-notification-banner__content\">\n");
        if (Has(o.Html))
        {
            sb.Append("    ").Append(o.Html.Trim()).Append('\n');
        }
        else if (Has(o.Text))
        {
            sb.Append($"    <p class=\"govuk-notification-banner__heading\">\n      {E(o.Text.Trim())}\n    </p>\n");
        }

        sb.Append("  </div>\n</div>");
        return sb.ToString();
    }
}
