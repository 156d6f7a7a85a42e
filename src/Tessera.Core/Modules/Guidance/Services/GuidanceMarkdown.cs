using Ganss.Xss;
using Markdig;

namespace Tessera.Core.Modules.Guidance.Services;

/// <summary>
/// Renders guidance Markdown to HTML that is safe to put on a page: Markdig renders, then HtmlSanitizer removes
/// scripts, event-handler attributes, javascript: and data: links, styles and anything else not on its allow-list.
/// GOV.UK classes are added afterwards, so headings, lists, links and tables look like the rest of the service.
/// </summary>
public static class GuidanceMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();

    private static readonly Dictionary<string, string> Classes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = "govuk-body",
        ["h1"] = "govuk-heading-l",
        ["h2"] = "govuk-heading-m",
        ["h3"] = "govuk-heading-s",
        ["h4"] = "govuk-heading-s",
        ["ul"] = "govuk-list govuk-list--bullet",
        ["ol"] = "govuk-list govuk-list--number",
        ["a"] = "govuk-link",
        ["table"] = "govuk-table",
        ["tr"] = "govuk-table__row",
        ["th"] = "govuk-table__header",
        ["td"] = "govuk-table__cell",
        ["blockquote"] = "govuk-inset-text",
        ["hr"] = "govuk-section-break govuk-section-break--m govuk-section-break--visible",
    };

    public static string ToSafeHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        return Sanitiser().Sanitize(html);
    }

    private static HtmlSanitizer Sanitiser()
    {
        var sanitiser = new HtmlSanitizer();
        sanitiser.AllowedSchemes.Clear();
        sanitiser.AllowedSchemes.Add("https");
        sanitiser.AllowedSchemes.Add("http");
        sanitiser.AllowedSchemes.Add("mailto");
        sanitiser.AllowedSchemes.Add("tel");
        sanitiser.AllowedAttributes.Remove("style");
        sanitiser.AllowedAttributes.Remove("class");
        sanitiser.AllowedAttributes.Remove("id");
        sanitiser.AllowedTags.Remove("form");
        sanitiser.AllowedTags.Remove("input");
        sanitiser.AllowedTags.Remove("button");
        sanitiser.AllowedTags.Remove("textarea");
        sanitiser.AllowedTags.Remove("select");
        sanitiser.AllowedTags.Remove("img");
        sanitiser.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element && Classes.TryGetValue(element.LocalName, out var classes))
            {
                element.SetAttribute("class", classes);
            }
        };
        return sanitiser;
    }
}
