using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Tessera.Core.Modules.Guidance.Services;

namespace Tessera.Web.Pages.Guidance;

/// <summary>
/// The current version of one guidance section, shown where a practitioner needs it (for example the consent
/// guidance on the sharing journey's consent page), as a GOV.UK details component that opens to the section.
/// Nothing is shown when the partnership has not published a section with that key.
/// </summary>
public static class GuidanceInContextHtml
{
    public static async Task<string> RenderAsync(GuidanceService guidance, string key, CancellationToken cancellationToken = default)
    {
        var section = await guidance.CurrentSectionAsync(key, cancellationToken);
        if (section is null)
        {
            return "";
        }

        var id = "guidance-" + WebUtility.HtmlEncode(section.Key);
        return $"""
            <details class="govuk-details" id="{id}" data-guidance-key="{WebUtility.HtmlEncode(section.Key)}">
              <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Guidance: {WebUtility.HtmlEncode(section.Title)}</span></summary>
              <div class="govuk-details__text">{GuidanceMarkdown.ToSafeHtml(section.Markdown)}<p class="govuk-body"><a class="govuk-link" href="/guidance#{WebUtility.HtmlEncode(section.Key)}">Read the partnership's information-sharing guidance</a></p></div>
            </details>
            """;
    }
}

/// <summary><c>@await Component.InvokeAsync("GuidanceInContext", new { key = "consent" })</c></summary>
public sealed class GuidanceInContextViewComponent(GuidanceService guidance) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string key) =>
        new HtmlContentViewComponentResult(new HtmlString(await GuidanceInContextHtml.RenderAsync(guidance, key, HttpContext.RequestAborted)));
}

/// <summary><c>&lt;guidance-in-context key="consent" /&gt;</c> (needs <c>@addTagHelper *, Tessera.Web</c>).</summary>
[HtmlTargetElement("guidance-in-context", Attributes = "key", TagStructure = TagStructure.NormalOrSelfClosing)]
public sealed class GuidanceInContextTagHelper(GuidanceService guidance) : TagHelper
{
    public string Key { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(await GuidanceInContextHtml.RenderAsync(guidance, Key));
    }
}
