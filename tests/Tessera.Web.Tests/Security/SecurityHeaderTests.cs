using System.Net;
using System.Text.RegularExpressions;
using Tessera.Core.Data;
using Tessera.Web.Tests.Api;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Security;

/// <summary>Every kind of response carries the security headers, and each page's script nonce is fresh and used.</summary>
public sealed partial class SecurityHeaderTests(AppHosts hosts)
{
    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        var app = await hosts.For(DatabaseProvider.Sqlite);
        using var anonymous = app.CreateApiClient();
        using var api = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(app.Partnership.Teacher);

        var responses = new List<(string Kind, HttpResponseMessage Response)>
        {
            ("page", await anonymous.GetAsync("/account/sign-in")),
            ("signed-in page", (await browser.OpenAsync("/children")).Response),
            ("search results (POST)", (await browser.SearchChildrenAsync("Testperson")).Response),
            ("redirect", await anonymous.GetAsync("/children")),
            ("404 page", (await browser.GetAsync("/no-such-page")).Response),
            ("signed-in 404 page", (await browser.GetAsync($"/children/{Guid.NewGuid()}")).Response),
            ("error page", await anonymous.GetAsync("/error?status=500")),
            ("static file", await anonymous.GetAsync("/js/init.js")),
            ("GOV.UK asset", await anonymous.GetAsync("/govuk/govuk-frontend.min.css")),
            ("API 200", await api.SearchChildrenAsync("Testperson")),
            ("API 400", await api.SearchChildrenAsync("")),
            ("API 401", await anonymous.SearchChildrenAsync("Testperson")),
            ("API 404", await api.GetAsync($"/api/v1/concerns/{Guid.NewGuid()}")),
            ("API malformed body", await api.PostAsync("/api/v1/children/search", new StringContent("{\"q\": ", System.Text.Encoding.UTF8, "application/json"))),
            ("OpenAPI", await anonymous.GetAsync("/api/v1/openapi.json")),
            ("health", await anonymous.GetAsync("/health")),
        };

        Assert.Equal(HttpStatusCode.Redirect, responses.Single(r => r.Kind == "redirect").Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, responses.Single(r => r.Kind == "404 page").Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, responses.Single(r => r.Kind == "static file").Response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, responses.Single(r => r.Kind == "API malformed body").Response.StatusCode);
        var failures = new List<string>();
        foreach (var (kind, response) in responses)
        {
            failures.AddRange(Check(response).Select(problem => $"{kind} ({(int)response.StatusCode} {response.RequestMessage!.RequestUri!.PathAndQuery}): {problem}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Each_page_has_its_own_nonce_and_every_script_carries_it()
    {
        var app = await hosts.For(DatabaseProvider.Sqlite);
        using var browser = app.CreateBrowser();
        var nonces = new HashSet<string>();
        foreach (var url in new[] { "/account/sign-in", "/account/sign-in", "/error?status=404" })
        {
            var page = await browser.GetAsync(url);
            var nonce = NonceIn(page.Response);
            Assert.True(nonces.Add(nonce), $"The nonce {nonce} was used twice.");
            var scripts = page.Document.QuerySelectorAll("script").ToList();
            Assert.NotEmpty(scripts);
            Assert.All(scripts, s => Assert.Equal(nonce, s.GetAttribute("nonce")));
        }

        // GOV.UK Frontend is still started, from a file the policy allows.
        var home = await browser.GetAsync("/account/sign-in");
        Assert.Contains(home.Document.QuerySelectorAll("script"), s => s.GetAttribute("src") == "/js/start.mjs");
        Assert.DoesNotContain("unsafe-inline", home.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Check(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        if (csp is null || !NonceScript().IsMatch(csp))
        {
            yield return $"CSP without script-src 'self' 'nonce-…': {csp ?? "(none)"}";
        }

        if (csp is not null && !csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal))
        {
            yield return "CSP without frame-ancestors 'none'";
        }

        foreach (var (name, expected) in new[]
        {
            ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
        })
        {
            var actual = Header(response, name);
            if (actual != expected)
            {
                yield return $"{name} is '{actual ?? "(none)"}', not '{expected}'";
            }
        }
    }

    private static string NonceIn(HttpResponseMessage response) =>
        NonceScript().Match(Header(response, "Content-Security-Policy") ?? "") is { Success: true } match
            ? match.Groups["nonce"].Value
            : throw new Xunit.Sdk.XunitException("No nonce in the content security policy.");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    [GeneratedRegex("script-src 'self' 'nonce-(?<nonce>[A-Za-z0-9+/=]{24,})'")]
    private static partial Regex NonceScript();
}
