using System.Net;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Tessera.Core.Modules.Language.Contracts;
using Tessera.Core.Modules.Language.Services;

namespace Tessera.Web.Pages.Language;

/// <summary>
/// Shows the shared term beside every agency term in a text: "DA (shared term: domestic abuse)". The shared term is
/// visible text, not only a tooltip, so sighted, keyboard and screen-reader users all get it; the definition is in
/// the abbreviation's title as well.
/// </summary>
public static class AgencyTermMarkup
{
    public static string Html(string? text, AgencyTermIndex index, int? usedBy = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var html = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var match in index.Find(text, usedBy))
        {
            html.Append(WebUtility.HtmlEncode(text[at..match.Start]));
            html.Append("<span class=\"tessera-agency-term\"><abbr title=\"").Append(WebUtility.HtmlEncode($"{match.SharedTerm}: {match.Definition}")).Append("\">")
                .Append(WebUtility.HtmlEncode(match.AgencyTerm)).Append("</abbr><span class=\"tessera-shared-term\"> (shared term: ")
                .Append(WebUtility.HtmlEncode(match.SharedTerm.ToLowerInvariant())).Append(")</span></span>");
            at = match.Start + match.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[at..]));
        return html.ToString();
    }
}

/// <summary><c>&lt;agency-terms text="@note" /&gt;</c>: the text, HTML-encoded, with agency terms marked (see <see cref="AgencyTermMarkup"/>).</summary>
[HtmlTargetElement("agency-terms", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AgencyTermsTagHelper(VocabularyLookup lookup) : TagHelper
{
    public string? Text { get; set; }

    /// <summary>The writer's agency type, so that agency's meaning of a term is shown; optional.</summary>
    public int? UsedBy { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(AgencyTermMarkup.Html(Text, await lookup.IndexAsync(), UsedBy));
    }
}
