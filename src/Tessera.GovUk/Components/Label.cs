using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Label(LabelOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (!Has(o.Html) && !Has(o.Text))
        {
            return string.Empty;
        }

        var label = $"<label class=\"{E(Classes("govuk-label", o.Classes))}\"{Attrs(o.Attributes)}{Attr("for", o.For)}>\n  {Content(o.Html, o.Text)}\n</label>";
        return o.IsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">\n  {label}\n</h1>" : label;
    }

    public static string Hint(HintOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return $"<div{Attr("id", o.Id)} class=\"{E(Classes("govuk-hint", o.Classes))}\"{Attrs(o.Attributes)}>\n  {Content(o.Html, o.Text)}\n</div>";
    }

    public static string ErrorMessage(ErrorMessageOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var hidden = o.VisuallyHiddenText ?? "Error";
        var prefix = Has(hidden) ? $"<span class=\"govuk-visually-hidden\">{E(hidden)}:</span> " : string.Empty;
        return $"<p{Attr("id", o.Id)} class=\"{E(Classes("govuk-error-message", o.Classes))}\"{Attrs(o.Attributes)}>\n  {prefix}{Content(o.Html, o.Text)}\n</p>";
    }

    public static string Fieldset(FieldsetOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sb = new System.Text.StringBuilder();
        sb.Append($"<fieldset class=\"{E(Classes("govuk-fieldset", o.Classes))}\"{Attr("role", o.Role)}{Attr("aria-describedby", o.DescribedBy)}{Attrs(o.Attributes)}>\n");
        var legend = o.Legend;
        if (legend is not null && (Has(legend.Html) || Has(legend.Text)))
        {
            var content = Content(legend.Html, legend.Text);
            sb.Append($"  <legend class=\"{E(Classes("govuk-fieldset__legend", legend.Classes))}\">\n");
            sb.Append(legend.IsPageHeading ? $"    <h1 class=\"govuk-fieldset__heading\">\n      {content}\n    </h1>\n" : $"    {content}\n");
            sb.Append("  </legend>\n");
        }

        if (Has(o.Html))
        {
            sb.Append("  ").Append(o.Html).Append('\n');
        }

        sb.Append("</fieldset>");
        return sb.ToString();
    }
}
