using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Tessera.GovUk;

/// <summary>
/// Razor-friendly wrappers around <see cref="GovUkComponents"/>, e.g. <c>@Html.GovUkInput(new() { Name = "email" })</c>.
/// The markup is already encoded where needed, so it is returned as <see cref="HtmlString"/>.
/// </summary>
public static class GovUkHtmlHelperExtensions
{
    public static IHtmlContent GovUkButton(this IHtmlHelper html, ButtonOptions options) =>
        new HtmlString(GovUkComponents.Button(options));

    public static IHtmlContent GovUkInput(this IHtmlHelper html, InputOptions options) =>
        new HtmlString(GovUkComponents.Input(options));

    public static IHtmlContent GovUkTextarea(this IHtmlHelper html, TextareaOptions options) =>
        new HtmlString(GovUkComponents.Textarea(options));

    public static IHtmlContent GovUkCharacterCount(this IHtmlHelper html, CharacterCountOptions options) =>
        new HtmlString(GovUkComponents.CharacterCount(options));

    public static IHtmlContent GovUkRadios(this IHtmlHelper html, RadiosOptions options) =>
        new HtmlString(GovUkComponents.Radios(options));

    public static IHtmlContent GovUkCheckboxes(this IHtmlHelper html, CheckboxesOptions options) =>
        new HtmlString(GovUkComponents.Checkboxes(options));

    public static IHtmlContent GovUkDateInput(this IHtmlHelper html, DateInputOptions options) =>
        new HtmlString(GovUkComponents.DateInput(options));

    public static IHtmlContent GovUkSelect(this IHtmlHelper html, SelectOptions options) =>
        new HtmlString(GovUkComponents.Select(options));

    public static IHtmlContent GovUkErrorSummary(this IHtmlHelper html, ErrorSummaryOptions options) =>
        new HtmlString(GovUkComponents.ErrorSummary(options));

    public static IHtmlContent GovUkErrorMessage(this IHtmlHelper html, ErrorMessageOptions options) =>
        new HtmlString(GovUkComponents.ErrorMessage(options));

    public static IHtmlContent GovUkSummaryList(this IHtmlHelper html, SummaryListOptions options) =>
        new HtmlString(GovUkComponents.SummaryList(options));

    public static IHtmlContent GovUkTable(this IHtmlHelper html, TableOptions options) =>
        new HtmlString(GovUkComponents.Table(options));

    public static IHtmlContent GovUkTag(this IHtmlHelper html, TagOptions options) =>
        new HtmlString(GovUkComponents.Tag(options));

    public static IHtmlContent GovUkNotificationBanner(this IHtmlHelper html, NotificationBannerOptions options) =>
        new HtmlString(GovUkComponents.NotificationBanner(options));

    public static IHtmlContent GovUkPanel(this IHtmlHelper html, PanelOptions options) =>
        new HtmlString(GovUkComponents.Panel(options));

    public static IHtmlContent GovUkBackLink(this IHtmlHelper html, BackLinkOptions options) =>
        new HtmlString(GovUkComponents.BackLink(options));

    public static IHtmlContent GovUkBreadcrumbs(this IHtmlHelper html, BreadcrumbsOptions options) =>
        new HtmlString(GovUkComponents.Breadcrumbs(options));

    public static IHtmlContent GovUkServiceNavigation(this IHtmlHelper html, ServiceNavigationOptions options) =>
        new HtmlString(GovUkComponents.ServiceNavigation(options));

    public static IHtmlContent GovUkHeader(this IHtmlHelper html, HeaderOptions options) =>
        new HtmlString(GovUkComponents.Header(options));

    public static IHtmlContent GovUkFooter(this IHtmlHelper html, FooterOptions options) =>
        new HtmlString(GovUkComponents.Footer(options));

    public static IHtmlContent GovUkSkipLink(this IHtmlHelper html, SkipLinkOptions options) =>
        new HtmlString(GovUkComponents.SkipLink(options));

    public static IHtmlContent GovUkPhaseBanner(this IHtmlHelper html, PhaseBannerOptions options) =>
        new HtmlString(GovUkComponents.PhaseBanner(options));

    public static IHtmlContent GovUkPagination(this IHtmlHelper html, PaginationOptions options) =>
        new HtmlString(GovUkComponents.Pagination(options));

    public static IHtmlContent GovUkDetails(this IHtmlHelper html, DetailsOptions options) =>
        new HtmlString(GovUkComponents.Details(options));

    public static IHtmlContent GovUkInsetText(this IHtmlHelper html, InsetTextOptions options) =>
        new HtmlString(GovUkComponents.InsetText(options));

    public static IHtmlContent GovUkWarningText(this IHtmlHelper html, WarningTextOptions options) =>
        new HtmlString(GovUkComponents.WarningText(options));

    public static IHtmlContent GovUkExitThisPage(this IHtmlHelper html, ExitThisPageOptions options) =>
        new HtmlString(GovUkComponents.ExitThisPage(options));

    public static IHtmlContent GovUkLabel(this IHtmlHelper html, LabelOptions options) =>
        new HtmlString(GovUkComponents.Label(options));

    public static IHtmlContent GovUkHint(this IHtmlHelper html, HintOptions options) =>
        new HtmlString(GovUkComponents.Hint(options));

    public static IHtmlContent GovUkFieldset(this IHtmlHelper html, FieldsetOptions options) =>
        new HtmlString(GovUkComponents.Fieldset(options));
}
