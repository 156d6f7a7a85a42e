using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Tessera.Core.Modules.Language.Contracts;

namespace Tessera.Web.Pages.Language;

/// <summary>What a text field holds, which decides what the plain-language check looks for in it.</summary>
public enum WordingPurpose
{
    /// <summary>Facts: everything is checked except the child's voice, which the concern asks for separately.</summary>
    Facts,

    /// <summary>The practitioner's view: opinion belongs here, so opinion written as fact is not pointed out.</summary>
    View,

    /// <summary>A summary or note that stands alone (sharing): the child's voice is expected in it too.</summary>
    Summary,
}

/// <summary>
/// Runs the plain-language check for a form's fields and shows what it found as GOV.UK-styled hints beside each
/// field. Advice only: nothing here stops a save. The hints container is also what the browser script refreshes,
/// with HTML from the same server code (<c>POST /language/check</c>), so the server stays the source of truth.
/// </summary>
public static class WordingReview
{
    public static IReadOnlyList<WordingFinding> Check(PlainLanguageChecker checker, string? text, WordingPurpose purpose)
    {
        var findings = checker.Check(text, new WordingCheckOptions { ExpectChildVoice = purpose == WordingPurpose.Summary });
        return purpose == WordingPurpose.View ? findings.Where(f => f.Issue != WordingIssue.OpinionAsFact).ToList() : findings;
    }

    /// <summary>The hints for one field, in a live region the browser script can refresh. Empty findings give an empty region.</summary>
    public static IHtmlContent For(string field, WordingPurpose purpose, IReadOnlyList<WordingFinding>? findings) =>
        new HtmlString($"<div class=\"tessera-wording\" id=\"{field}-wording\" data-wording-for=\"{field}\" data-wording-purpose=\"{purpose.ToString().ToLowerInvariant()}\" aria-live=\"polite\">{Hints(findings)}</div>");

    public static string Hints(IReadOnlyList<WordingFinding>? findings)
    {
        if (findings is null || findings.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<div class=\"govuk-inset-text tessera-wording__hints\"><h3 class=\"govuk-heading-s govuk-!-margin-bottom-2\">Check your wording</h3>");
        html.Append("<p class=\"govuk-body-s\">Other agencies will read this. These are suggestions: you can save without changing anything.</p><ul class=\"govuk-list govuk-list--spaced\">");
        foreach (var f in findings)
        {
            html.Append("<li class=\"govuk-body-s\"><strong>").Append(WebUtility.HtmlEncode(f.Heading)).Append("</strong>");
            if (f.Text.Length > 0)
            {
                html.Append(": \u201C").Append(WebUtility.HtmlEncode(f.Text)).Append('\u201D');
            }

            html.Append(". ").Append(WebUtility.HtmlEncode(f.Reason)).Append(' ').Append(WebUtility.HtmlEncode(f.Suggestion)).Append("</li>");
        }

        return html.Append("</ul></div>").ToString();
    }
}
