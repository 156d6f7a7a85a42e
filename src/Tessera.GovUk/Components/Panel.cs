using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Panel(PanelOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var level = o.HeadingLevel is > 0 ? o.HeadingLevel.Value : 1;
        var isInterruption = o.Classes?.Contains("govuk-panel--interruption", StringComparison.Ordinal) ?? false;
        var modifier = isInterruption ? null : "govuk-panel--confirmation";

        var sb = new StringBuilder();
        sb.Append($"<div class=\"{E(Classes("govuk-panel", modifier, o.Classes))}\"{Attrs(o.Attributes)}>\n")
            .Append($"  <h{level} class=\"govuk-panel__title\">\n    {RawContent(o.TitleHtml, o.TitleText)}\n  </h{level}>\n");
        if (Has(o.Html) || Has(o.Text))
        {
            sb.Append($"  <div class=\"govuk-panel__body\">\n    {Content(o.Html, o.Text)}\n  </div>\n");
        }

        if (isInterruption && o.Actions is { } actions)
        {
            sb.Append($"  <div class=\"{E(Classes("govuk-panel__actions", actions.Classes))}\"{Attrs(actions.Attributes)}>");
            if (actions.Items is { Count: > 0 })
            {
                sb.Append("<div class=\"govuk-button-group\">\n");
                foreach (var action in actions.Items)
                {
                    sb.Append("      ").Append(PanelActionHtml(action)).Append('\n');
                }

                sb.Append("    </div>");
            }

            sb.Append("</div>\n");
        }

        sb.Append("</div>");
        return sb.ToString();
    }

    private static string PanelActionHtml(PanelAction action)
    {
        if (!Has(action.Href) || action.Type == "button")
        {
            return Button(new ButtonOptions
            {
                Text = action.Text,
                Type = Has(action.Type) ? action.Type : "button",
                Classes = Classes("govuk-button--inverse", action.Classes),
                Href = action.Href,
                Attributes = action.Attributes,
            });
        }

        return $"<a class=\"{E(Classes("govuk-link govuk-link--inverse", action.Classes))}\" href=\"{E(action.Href)}\"{Attrs(action.Attributes)}>{E(action.Text)}</a>";
    }
}
