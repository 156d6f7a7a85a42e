using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Tag(TagOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return $"<strong class=\"{E(Classes("govuk-tag", o.Classes))}\"{Attrs(o.Attributes)}>\n  {Content(o.Html, o.Text)}\n</strong>";
    }

    public static string BackLink(BackLinkOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var href = Has(o.Href) ? o.Href : "#";
        var content = Has(o.Html) ? o.Html : E(Has(o.Text) ? o.Text : "Back");
        return $"<a href=\"{E(href)}\" class=\"{E(Classes("govuk-back-link", o.Classes))}\"{Attrs(o.Attributes)}>{content}</a>";
    }

    public static string SkipLink(SkipLinkOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var href = Has(o.Href) ? o.Href : "#content";
        return $"<a href=\"{E(href)}\" class=\"{E(Classes("govuk-skip-link", o.Classes))}\"{Attrs(o.Attributes)} data-module=\"govuk-skip-link\">{RawContent(o.Html, o.Text)}</a>";
    }

    public static string InsetText(InsetTextOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return $"<div{Attr("id", o.Id)} class=\"{E(Classes("govuk-inset-text", o.Classes))}\"{Attrs(o.Attributes)}>\n  {Content(o.Html, o.Text)}\n</div>";
    }

    public static string WarningText(WarningTextOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var fallback = Has(o.IconFallbackText) ? o.IconFallbackText : "Warning";
        return $"<div class=\"{E(Classes("govuk-warning-text", o.Classes))}\"{Attrs(o.Attributes)}>\n"
            + "  <span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>\n"
            + "  <strong class=\"govuk-warning-text__text\">\n"
            + $"    <span class=\"govuk-visually-hidden\">{E(fallback)}</span>\n"
            + $"    {RawContent(o.Html, o.Text)}\n  </strong>\n</div>";
    }

    public static string Details(DetailsOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return $"<details{Attr("id", o.Id)} class=\"{E(Classes("govuk-details", o.Classes))}\"{Attrs(o.Attributes)}{(o.Open ? " open" : string.Empty)}>\n"
            + "  <summary class=\"govuk-details__summary\">\n"
            + $"    <span class=\"govuk-details__summary-text\">\n      {Content(o.SummaryHtml, o.SummaryText)}\n    </span>\n"
            + "  </summary>\n"
            + $"  <div class=\"govuk-details__text\">\n    {RawContent(o.Html, o.Text)}\n  </div>\n</details>";
    }

    public static string PhaseBanner(PhaseBannerOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var tag = Tag(new TagOptions
        {
            Text = o.Tag?.Text,
            Html = o.Tag?.Html,
            Classes = Classes("govuk-phase-banner__content__tag", o.Tag?.Classes),
        });
        return $"<div class=\"{E(Classes("govuk-phase-banner govuk-width-container", o.Classes))}\"{Attrs(o.Attributes)}>\n"
            + $"  <p class=\"govuk-phase-banner__content\">\n    {tag}\n"
            + $"    <span class=\"govuk-phase-banner__text\">\n      {Content(o.Html, o.Text)}\n    </span>\n  </p>\n</div>";
    }
}
