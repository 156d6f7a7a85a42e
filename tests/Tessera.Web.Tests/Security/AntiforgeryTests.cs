using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Security;

/// <summary>
/// Every page handler that accepts a POST refuses one without the antiforgery token, and every form the app draws
/// with method="post" carries the token. New pages and handlers are found, not listed.
/// </summary>
public sealed class AntiforgeryTests(AppHosts hosts)
{
    /// <summary>Pages that deliberately accept a POST without a token: the error page, which re-executes failed POSTs.</summary>
    private static readonly HashSet<string> ExemptPages = ["/Error"];

    [Fact]
    public async Task Every_post_handler_refuses_a_post_without_the_token()
    {
        var app = await hosts.For(DatabaseProvider.Sqlite);
        var handlers = await PostHandlersAsync(app);
        Assert.True(handlers.Count >= 10, $"Only {handlers.Count} POST handlers were found; the enumeration is broken.");
        Assert.Contains(handlers, h => h.Url == "/account/sign-in");

        var browsers = await PersonasAsync(app);
        var failures = new List<string>();
        try
        {
            foreach (var (page, url) in handlers.Where(h => !ExemptPages.Contains(h.Page)))
            {
                var outcomes = new List<string>();
                foreach (var (name, browser) in browsers)
                {
                    using var content = new FormUrlEncodedContent([new("Email", "someone@example.org")]);
                    using var response = await browser.Client.PostAsync(url, content);
                    var location = response.Headers.Location;
                    var path = location is null ? null : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
                    outcomes.Add($"{name}: {(int)response.StatusCode}{(path is null ? "" : " → " + path)}");
                    var turnedAway = response.StatusCode == HttpStatusCode.Redirect
                        && path is "/account/sign-in" or "/account/access-denied" or "/account/two-factor/set-up";
                    if (response.StatusCode != HttpStatusCode.BadRequest && !turnedAway)
                    {
                        failures.Add($"POST {url} ({page}) without a token as {name} gave {(int)response.StatusCode} {location}");
                    }
                }

                if (!outcomes.Any(o => o.Contains(": 400", StringComparison.Ordinal)))
                {
                    failures.Add($"POST {url} ({page}) never reached the antiforgery check: {string.Join("; ", outcomes)}");
                }
            }
        }
        finally
        {
            foreach (var (_, browser) in browsers)
            {
                browser.Dispose();
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_post_form_the_app_draws_carries_the_token()
    {
        var app = await hosts.For(DatabaseProvider.Sqlite);
        var p = app.Partnership;
        var concern = await app.ConcernAsync(p.SchoolDsl, p.SchoolChild);
        string[] seeds =
        [
            "/", "/account/sign-in", $"/children/{p.SchoolChild.Id}", $"/concerns/new?childId={p.SchoolChild.Id}", $"/concerns/{concern.Id}",
            $"/partnership/practitioners/{p.Teacher.Id}", $"/partnership/agencies/{p.SchoolId}",
        ];
        var browsers = await PersonasAsync(app);
        var checkedForms = 0;
        var failures = new List<string>();
        try
        {
            foreach (var (name, browser) in browsers)
            {
                var pages = new List<HtmlPage>();
                if (name is "practitioner" or "DSL" or "privacy officer")
                {
                    pages.Add(await browser.SearchChildrenAsync("Testperson"));
                }

                pages.AddRange(await CrawlAsync(browser, seeds));
                foreach (var page in pages)
                {
                    foreach (var form in page.Document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
                    {
                        checkedForms++;
                        if (form.QuerySelector("input[type='hidden'][name='__RequestVerificationToken']")?.GetAttribute("value") is not { Length: > 0 })
                        {
                            failures.Add($"{name}: a form posting to '{form.GetAttribute("action") ?? page.Address.PathAndQuery}' on {page.Address.PathAndQuery} has no antiforgery token");
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (var (_, browser) in browsers)
            {
                browser.Dispose();
            }
        }

        Assert.True(checkedForms >= 15, $"Only {checkedForms} POST forms were seen; the crawl is broken.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Each page's address (parameters filled in) once per POST handler, with the handler named in the query.</summary>
    private static async Task<List<(string Page, string Url)>> PostHandlersAsync(TesseraApp app)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var results = new List<(string, string)>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var url = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") => Guid.NewGuid().ToString(),
                _ => "sample",
            }))));
            foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase)))
            {
                results.Add((descriptor.ViewEnginePath, handler.Name is null ? url : $"{url}?handler={handler.Name}"));
            }
        }

        return results;
    }

    /// <summary>Anonymous, a practitioner, an administrator, a DSL and a privacy officer (both with two-factor sign-in).</summary>
    private static async Task<List<(string Name, Browser Browser)>> PersonasAsync(TesseraApp app)
    {
        var list = new List<(string, Browser)> { ("anonymous", app.CreateBrowser()) };
        foreach (var (name, who) in new (string, Practitioner)[]
        {
            ("practitioner", app.Partnership.Teacher), ("administrator", app.Partnership.Administrator),
            ("DSL", app.Partnership.SchoolDsl), ("privacy officer", app.Partnership.SchoolPrivacyOfficer),
        })
        {
            var browser = app.CreateBrowser();
            await browser.SignInAsync(who);
            list.Add((name, browser));
        }

        return list;
    }

    /// <summary>The seed pages and every local page they link to, one level deep, by GET only.</summary>
    private static async Task<List<HtmlPage>> CrawlAsync(Browser browser, IEnumerable<string> seeds)
    {
        var seen = new HashSet<string>();
        var pages = new List<HtmlPage>();
        var queue = new Queue<(string Url, int Depth)>(seeds.Select(s => (s, 0)));
        while (queue.TryDequeue(out var next) && pages.Count < 60)
        {
            if (!seen.Add(next.Url))
            {
                continue;
            }

            var page = await browser.GetAsync(next.Url);
            if (page.Status != HttpStatusCode.OK)
            {
                continue;
            }

            pages.Add(page);
            if (next.Depth == 0)
            {
                foreach (var href in page.Document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith("//", StringComparison.Ordinal)))
                {
                    queue.Enqueue((href.Split('#')[0], 1));
                }
            }
        }

        return pages;
    }
}
