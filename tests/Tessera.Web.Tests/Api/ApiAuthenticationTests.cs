using System.Net;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Api;

public sealed class ApiAuthenticationTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Without_a_key_every_route_is_401_problem_details(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var client = app.CreateApiClient();

        using var search = await client.SearchChildrenAsync("Mia");
        await ApiJson.ProblemAsync(search, 401);
        Assert.Equal("Bearer", search.Headers.WwwAuthenticate.Single().Scheme);

        using var post = await client.PostAsync("/api/v1/concerns", ApiJson.Body(new { childRecordId = app.Partnership.SchoolChild.Id }));
        await ApiJson.ProblemAsync(post, 401);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_wrong_or_malformed_key_is_401(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        foreach (var key in new[] { "tsk_not-a-real-key", "something-else" })
        {
            using var client = app.CreateApiClient(key);
            await ApiJson.ProblemAsync(await client.SearchChildrenAsync("Mia"), 401);
        }

        using var cookieOnly = app.CreateBrowser();
        await cookieOnly.SignInAsync(app.Partnership.Teacher);
        using var withCookie = await cookieOnly.Client.SearchChildrenAsync("Mia");
        Assert.Equal(HttpStatusCode.Unauthorized, withCookie.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_revoked_key_is_401(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var key = await app.ApiKeyAsync(app.Partnership.Teacher);
        using var client = app.CreateApiClient(key);
        Assert.Equal(HttpStatusCode.OK, (await client.SearchChildrenAsync("Mia")).StatusCode);

        await using (var db = app.CreateDbContext())
        {
            var stored = db.ApiKeys.Single(k => k.Prefix == key.Substring(0, 10));
            var admin = app.Partnership.Administrator;
            var process = Tessera.Core.Processes.ProcessContext.Start(
                Tessera.Core.Processes.ProcessType.ApiKeyRevoked,
                Tessera.Core.Processes.Actor.ForPractitioner(admin.Id, stored.AgencyId),
                app.Clock);
            await new Tessera.Core.Modules.Api.Services.ApiKeyService(db).RevokeAsync(stored.Id, process);
        }

        await ApiJson.ProblemAsync(await client.SearchChildrenAsync("Mia"), 401);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_and_lists_the_routes()
    {
        var app = await hosts.For(DatabaseProvider.Sqlite);
        using var client = app.CreateApiClient();
        using var response = await client.GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await ApiJson.ReadAsync(response);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/concerns", paths);
        Assert.Contains("/api/v1/children/search", paths);
        Assert.Contains("/api/v1/children", paths);
        Assert.Contains("/api/v1/concerns/{id}", paths);
        Assert.Equal("Tessera agency API", doc.GetProperty("info").GetProperty("title").GetString());
    }
}
