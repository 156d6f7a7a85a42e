using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Auth;

/// <summary>
/// Every endpoint the app maps refuses an anonymous visitor unless it is on the allow-list below. New pages and API
/// routes are covered without anyone remembering to add them here.
/// </summary>
public sealed class AnonymousAccessTests(AppHosts hosts)
{
    /// <summary>Route patterns an anonymous visitor may use. Each must still exist, so the list cannot go stale.</summary>
    private static readonly HashSet<string> AllowedAnonymously =
    [
        "account/sign-in",
        "account/two-factor",
        "account/invitation/{token}",
        "account/external-sign-in",
        "account/access-denied",
        "account/signed-out",
        "error",
        "health",
        "api/{documentName}/openapi.json",
    ];

    public sealed record Probe(string Pattern, string Method, string Url)
    {
        public bool IsApi => Url.StartsWith("/api/", StringComparison.Ordinal);

        public override string ToString() => $"{Method} {Url}";
    }

    [Fact]
    public async Task Every_endpoint_refuses_anonymous_visitors_except_the_allow_list()
    {
        var app = await hosts.For(DatabaseProvider.Sqlite);
        var probes = Enumerate(app);

        var patterns = probes.Select(p => p.Pattern).ToHashSet();
        Assert.True(patterns.Count > 15, $"Only {patterns.Count} endpoints were found; the enumeration is broken: {string.Join(", ", patterns)}");
        Assert.Empty(AllowedAnonymously.Except(patterns));
        Assert.Contains("api/v1/concerns", patterns);
        Assert.Contains("children/{id:guid}", patterns);

        using var client = app.CreateApiClient();
        var failures = new List<string>();
        foreach (var probe in probes.Where(p => !AllowedAnonymously.Contains(p.Pattern)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
            if (probe.Method == HttpMethods.Post)
            {
                request.Content = probe.IsApi
                    ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
                    : new FormUrlEncodedContent([]);
            }

            using var response = await client.SendAsync(request);
            var problem = probe.IsApi ? await RefusedApiProblemAsync(response) : RefusedPageProblem(response);
            if (problem is not null)
            {
                failures.Add($"{probe}: {problem}");
            }
        }

        Assert.True(failures.Count == 0, "Endpoints open to anonymous visitors:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Allowed_endpoints_answer_anonymous_visitors_without_a_server_error()
    {
        var app = await hosts.For(DatabaseProvider.Sqlite);
        using var client = app.CreateApiClient();
        foreach (var probe in Enumerate(app).Where(p => AllowedAnonymously.Contains(p.Pattern) && p.Method == HttpMethods.Get))
        {
            // The error page answers with the status it describes, so ask it to describe a 404.
            var url = probe.Pattern == "error" ? "/error?status=404" : probe.Url;
            using var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"GET {url} gave {(int)response.StatusCode}");
        }
    }

    /// <summary>Every mapped route with its parameters filled in, once per method it accepts.</summary>
    private static List<Probe> Enumerate(TesseraApp app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var probes = new List<Probe>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods
                ?? [HttpMethods.Get, HttpMethods.Post];
            var url = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(Fill));
            probes.AddRange(methods.Select(m => new Probe(pattern, m, url)));
        }

        return probes.DistinctBy(p => (p.Pattern, p.Method)).ToList();
    }

    private static string Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPathSegment segment) =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "documentName" } => "v1",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") => Guid.NewGuid().ToString(),
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "sample-token",
            _ => throw new InvalidOperationException($"Unexpected route part {part}"),
        }));

    private static string? RefusedPageProblem(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return $"gave {(int)response.StatusCode}, not a redirect to sign in";
        }

        var location = response.Headers.Location!;
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        return path == "/account/sign-in" ? null : $"redirected to {location}, not to sign in";
    }

    private static async Task<string?> RefusedApiProblemAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return $"gave {(int)response.StatusCode}, not 401";
        }

        var type = response.Content.Headers.ContentType?.MediaType;
        if (type != "application/problem+json")
        {
            return $"401 body is {type ?? "empty"}, not problem details";
        }

        var body = await response.Content.ReadAsStringAsync();
        return body.Contains("\"status\":401", StringComparison.Ordinal) ? null : $"401 problem details without status: {body}";
    }
}
