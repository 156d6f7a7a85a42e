using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string ExitThisPage(ExitThisPageOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var hasContent = Has(o.Html) || Has(o.Text);
        var button = Button(new ButtonOptions
        {
            Html = hasContent ? o.Html : "<span class=\"govuk-visually-hidden\">Emergency</span> Exit this page",
            Text = o.Text,
            Classes = "govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button",
            Href = Has(o.RedirectUrl) ? o.RedirectUrl : "https://www.bbc.co.uk/weather",
            Attributes = new Dictionary<string, string?> { ["rel"] = "nofollow noreferrer" },
        });
        return $"<div{Attr("id", o.Id)} class=\"{E(Classes("govuk-exit-this-page", o.Classes))}\" data-module=\"govuk-exit-this-page\"{Attrs(o.Attributes)}"
            + Attr("data-i18n.activated", o.ActivatedText)
            + Attr("data-i18n.timed-out", o.TimedOutText)
            + Attr("data-i18n.press-two-more-times", o.PressTwoMoreTimesText)
            + Attr("data-i18n.press-one-more-time", o.PressOneMoreTimeText)
            + $">\n  {button}\n</div>";
    }
}
