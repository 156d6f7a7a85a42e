using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Language.Contracts;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Language;

/// <summary>
/// The plain-language check for the browser script: the form posts a field's text (with its antiforgery token) and
/// gets back the findings and the hints' HTML, rendered by the same code as the page. Nothing is stored or logged.
/// </summary>
public sealed class CheckModel(PlainLanguageChecker checker) : TesseraPage
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Purpose { get; set; }

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost()
    {
        if (!Enum.TryParse<WordingPurpose>(Purpose, ignoreCase: true, out var purpose))
        {
            purpose = WordingPurpose.Facts;
        }

        var findings = WordingReview.Check(checker, Text, purpose);
        return new JsonResult(new
        {
            findings = findings.Select(f => new { issue = f.Issue.ToString(), heading = f.Heading, f.Start, f.Length, f.Text, f.Reason, f.Suggestion }),
            html = WordingReview.Hints(findings),
        });
    }
}
