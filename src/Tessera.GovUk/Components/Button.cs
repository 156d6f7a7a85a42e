using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    private const string StartIcon = "\n  <svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">\n    <path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/>\n  </svg>";

    public static string Button(ButtonOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var classNames = Classes("govuk-button", o.Classes, o.IsStartButton ? "govuk-button--start" : null);
        var common = $" class=\"{E(classNames)}\" data-module=\"govuk-button\"{Attrs(o.Attributes)}{Attr("id", o.Id)}";

        // Start buttons use flexbox, which drops whitespace between elements, so their HTML is wrapped in a span.
        var text = Has(o.Html) && o.IsStartButton ? $"<span>{o.Html.Trim()}</span>" : Content(o.Html, o.Text);
        var icon = o.IsStartButton ? StartIcon : string.Empty;

        if (Has(o.Href))
        {
            return $"<a href=\"{E(o.Href)}\" role=\"button\" draggable=\"false\"{common}>\n  {text}{icon}\n</a>";
        }

        var type = Has(o.Type) ? o.Type : "submit";
        var disabled = o.Disabled ? " disabled aria-disabled=\"true\"" : string.Empty;
        var preventDoubleClick = o.PreventDoubleClick is { } p ? $" data-prevent-double-click=\"{(p ? "true" : "false")}\"" : string.Empty;
        return $"<button type=\"{E(type)}\"{Attr("value", o.Value)}{Attr("name", o.Name)}{disabled}{preventDoubleClick}{common}>\n  {text}{icon}\n</button>";
    }
}
