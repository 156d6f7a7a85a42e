using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string ErrorSummary(ErrorSummaryOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var autoFocus = o.DisableAutoFocus is { } d ? $" data-disable-auto-focus=\"{(d ? "true" : "false")}\"" : string.Empty;
        var sb = new StringBuilder();
        sb.Append($"<div class=\"{E(Classes("govuk-error-summary", o.Classes))}\"{autoFocus}{Attrs(o.Attributes)} data-module=\"govuk-error-summary\">\n");

        // role="alert" sits on a child so the focus script and the announcement don't race.
        sb.Append("  <div role=\"alert\">\n")
            .Append($"    <h2 class=\"govuk-error-summary__title\">\n      {Content(o.TitleHtml, o.TitleText)}\n    </h2>\n")
            .Append("    <div class=\"govuk-error-summary__body\">\n");
        if (Has(o.DescriptionHtml) || Has(o.DescriptionText))
        {
            sb.Append($"      <p>\n        {Content(o.DescriptionHtml, o.DescriptionText)}\n      </p>\n");
        }

        if (o.ErrorList is { Count: > 0 })
        {
            sb.Append("      <ul class=\"govuk-list govuk-error-summary__list\">\n");
            foreach (var item in o.ErrorList)
            {
                var content = Content(item.Html, item.Text);
                sb.Append(Has(item.Href)
                    ? $"        <li>\n          <a href=\"{E(item.Href)}\"{Attrs(item.Attributes)}>{content}</a>\n        </li>\n"
                    : $"        <li>\n          {content}\n        </li>\n");
            }

            sb.Append("      </ul>\n");
        }

        sb.Append("    </div>\n  </div>\n</div>");
        return sb.ToString();
    }
}
