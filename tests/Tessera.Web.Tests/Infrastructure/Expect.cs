using System.Net;

namespace Tessera.Web.Tests.Infrastructure;

public static class Expect
{
    /// <summary>Asserts a redirect and returns where to, as a local path and query.</summary>
    public static string Redirect(HtmlPage page)
    {
        Assert.True(page.Status == HttpStatusCode.Redirect,
            $"Expected a redirect from {page.Address.PathAndQuery} but got {(int)page.Status}. Errors: {string.Join(" | ", page.Document.QuerySelectorAll(".govuk-error-summary li").Select(e => e.TextContent.Trim()))}");
        var location = page.Response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static void RedirectTo(string expectedPath, HtmlPage page)
    {
        var location = Redirect(page);
        Assert.Equal(expectedPath, location.Split('?')[0]);
    }

    /// <summary>A page with a GOV.UK error summary linking to exactly these fields, in any order.</summary>
    public static void Errors(HtmlPage page, params string[] hrefs)
    {
        Assert.True(page.Status == HttpStatusCode.OK, $"Expected the form again with errors but got {(int)page.Status} {page.Response.Headers.Location}");
        Assert.True(page.HasErrorSummary, "No GOV.UK error summary on the page.");
        Assert.Equal(hrefs.Order(), page.ErrorSummaryLinks.Order());
    }

    /// <summary>Not found: a 404, or a redirect to the 404 error page (what a refused POST gets).</summary>
    public static async Task NotFoundAsync(Browser browser, HtmlPage page)
    {
        if (page.Status == HttpStatusCode.Redirect)
        {
            var location = Redirect(page);
            Assert.Equal("/error?status=404", location);
            page = await browser.GetAsync(location);
        }

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Text);
    }
}
