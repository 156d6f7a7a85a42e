using Tessera.Core.Modules.Guidance.Services;

namespace Tessera.Core.Tests.Guidance;

public class GuidanceMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>Hello", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<p onclick=\"alert(1)\">Hi</p>", "onclick")]
    [InlineData("[Click](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "avascript")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "data:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>", "style")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<script")]
    [InlineData("<form action=\"https://evil.example\"><input name=p></form>", "<form")]
    public void Dangerous_markup_is_removed(string markdown, string forbidden) =>
        Assert.DoesNotContain(forbidden, GuidanceMarkdown.ToSafeHtml(markdown), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Markdown_is_rendered_with_GOV_UK_classes()
    {
        var html = GuidanceMarkdown.ToSafeHtml("## Consent\n\nYou do **not** need consent.\n\n- one\n- two\n\n[Advice](https://example.org/advice)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        Assert.Contains("<h2 class=\"govuk-heading-m\">Consent</h2>", html);
        Assert.Contains("<p class=\"govuk-body\">You do <strong>not</strong> need consent.</p>", html);
        Assert.Contains("<ul class=\"govuk-list govuk-list--bullet\">", html);
        Assert.Contains("<a href=\"https://example.org/advice\" class=\"govuk-link\">Advice</a>", html);
        Assert.Contains("<table class=\"govuk-table\">", html);
    }
}
