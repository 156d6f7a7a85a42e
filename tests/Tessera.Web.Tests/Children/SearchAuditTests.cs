using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Web.Tests.Api;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Children;

/// <summary>
/// Searches go in the request body, never the address, and every search leaves one audit entry holding the kinds of
/// term, their keyed hashes and the ids returned — never the name, date of birth or NHS number searched for.
/// </summary>
public sealed class SearchAuditTests(AppHosts hosts)
{
    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task The_search_page_posts_and_audits_hashed_terms_and_the_ids_shown(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var searcher = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        var child = await app.ChildAsync(app.Partnership.Teacher, Seed.Unique("Searchaudit"));
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(searcher);

        var form = (await browser.OpenAsync("/children")).Form();
        Assert.Equal("post", form.Method, ignoreCase: true);
        var results = await browser.SearchChildrenAsync($"Robin {child.FamilyName}");
        Assert.Equal("/children", results.Address.PathAndQuery);
        Assert.Contains($"/children/{child.Id}", results.Document.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")));

        var entry = Assert.Single(await SearchesByAsync(app, searcher.Id));
        Assert.Equal(ActorKind.Practitioner, entry.ActorKind);
        Assert.Null(entry.ChildRecordId);
        var hasher = app.Services.GetRequiredService<AuditTermHasher>();
        Assert.Contains(hasher.Hash("name", "Robin"), entry.Detail);
        Assert.Contains(hasher.Hash("name", child.FamilyName), entry.Detail);
        Assert.Contains(child.Id.ToString(), entry.Detail);
        Assert.Contains("\"kind\":\"name\"", entry.Detail);
        Assert.DoesNotContain(child.FamilyName, entry.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Robin", entry.Detail, StringComparison.OrdinalIgnoreCase);

        // By NHS number and by date of birth: the terms are hashed in their normalised form, never stored as text.
        await browser.SearchChildrenAsync("943 476 5919");
        await browser.SearchChildrenAsync("27/3/2016");
        var all = await SearchesByAsync(app, searcher.Id);
        Assert.Equal(3, all.Count);
        Assert.Contains(all, e => e.Detail!.Contains(hasher.Hash("nhs", "9434765919"), StringComparison.Ordinal) && e.Detail.Contains(app.Partnership.SchoolChild.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains(all, e => e.Detail!.Contains(hasher.Hash("dob", "2016-03-27"), StringComparison.Ordinal) && e.Detail.Contains("\"kind\":\"dob\"", StringComparison.Ordinal));
        Assert.All(all, e => Assert.DoesNotMatch("9434765919|943 476 5919|2016-03-27|27/3/2016", e.Detail!));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task A_search_lists_only_the_children_the_practitioner_may_see(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var nurtureChild = app.Partnership.NurtureChild;
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        // The teacher's agency holds the record, but another team works with the child: the search must not list it.
        var teacherResults = await teacher.SearchChildrenAsync(nurtureChild.FamilyName);
        Assert.DoesNotContain($"/children/{nurtureChild.Id}", teacherResults.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(nurtureChild.GivenName, teacherResults.Document.Body!.TextContent, StringComparison.Ordinal);
        var entry = (await SearchesByAsync(app, app.Partnership.Teacher.Id)).Last();
        Assert.DoesNotContain(nurtureChild.Id.ToString(), entry.Detail!, StringComparison.Ordinal);

        // A practitioner in the nurture team finds the child.
        var colleague = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner, app.Partnership.NurtureTeamId);
        using var nurture = app.CreateBrowser();
        await nurture.SignInAsync(colleague);
        var found = await nurture.SearchChildrenAsync(nurtureChild.FamilyName);
        Assert.Contains($"/children/{nurtureChild.Id}", found.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task The_longest_search_still_fits_its_audit_entry(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var searcher = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(searcher);

        // 100 one-letter words (199 characters): more words than an entry keeps, the last of which the search uses.
        var words = string.Join(" ", Enumerable.Range(0, 99).Select(i => (char)('a' + (i % 26)))) + " t";
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.SearchChildrenAsync(words)).Status);
        var entry = Assert.Single(await SearchesByAsync(app, searcher.Id));
        Assert.True(entry.Detail!.Length <= AuditEntry.DetailMaxLength, $"{entry.Detail.Length} characters");
        Assert.Contains(app.Services.GetRequiredService<AuditTermHasher>().Hash("name", "t"), entry.Detail);
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task An_invalid_search_is_not_run_and_not_audited_as_a_search(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var searcher = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(searcher);

        Expect.Errors(await browser.SearchChildrenAsync(""), "#q");
        Assert.Empty(await SearchesByAsync(app, searcher.Id));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Results_are_paged_by_post_and_each_page_audits_the_ids_it_shows(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var searcher = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        var family = Seed.Unique("Paged");
        var children = new List<Guid>();
        for (var i = 0; i < 23; i++)
        {
            children.Add((await app.ChildAsync(app.Partnership.Teacher, family)).Id);
        }

        using var browser = app.CreateBrowser();
        await browser.SignInAsync(searcher);
        var first = await browser.SearchChildrenAsync(family);
        Assert.Contains("23 children found", first.Text);
        Assert.Contains("Page 1 of 2", first.Text);
        Assert.Equal(20, first.Document.QuerySelectorAll("table a").Length);

        var next = first.Document.Forms.Single(f => f.TextContent.Contains("Next page", StringComparison.Ordinal));
        Assert.Equal("post", next.Method, ignoreCase: true);
        var values = HtmlPage.Values(next);
        values.Add(new("pageNumber", "2"));
        using var content = new FormUrlEncodedContent(values);
        var second = await HtmlPage.ParseAsync(first.ActionOf(next), await browser.Client.PostAsync(first.ActionOf(next), content));
        Assert.Contains("Page 2 of 2", second.Text);
        Assert.Equal(3, second.Document.QuerySelectorAll("table a").Length);

        var entries = await SearchesByAsync(app, searcher.Id);
        Assert.Equal(2, entries.Count);
        Assert.Equal(20, children.Count(id => entries[0].Detail!.Contains(id.ToString(), StringComparison.Ordinal)));
        Assert.Equal(3, children.Count(id => entries[1].Detail!.Contains(id.ToString(), StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task The_API_search_takes_a_json_body_and_audits_it(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var child = await app.ChildAsync(app.Partnership.Teacher, Seed.Unique("Apiaudit"));
        using var client = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));

        using var response = await client.SearchChildrenAsync(child.FamilyName);
        var ids = (await ApiJson.ReadAsync(response)).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([child.Id], ids);

        await using var db = app.CreateDbContext();
        var childId = child.Id.ToString();
        var entry = Assert.Single(await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Search && e.Detail!.Contains(childId)).ToListAsync());
        Assert.Equal(ActorKind.ApiClient, entry.ActorKind);
        Assert.Contains("\"channel\":\"api\"", entry.Detail);
        Assert.Contains(app.Services.GetRequiredService<AuditTermHasher>().Hash("name", child.FamilyName), entry.Detail);
        Assert.DoesNotContain(child.FamilyName, entry.Detail, StringComparison.OrdinalIgnoreCase);

        // The old address no longer searches: identifiers in a query string are not accepted at all.
        using var old = await client.GetAsync($"/api/v1/children?q={child.FamilyName}");
        Assert.False(old.IsSuccessStatusCode, $"GET with a query string gave {(int)old.StatusCode}");
    }

    private static async Task<List<AuditEntry>> SearchesByAsync(TesseraApp app, Guid practitionerId)
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Search && e.ActorId == practitionerId)
            .OrderBy(e => e.Id).ToListAsync();
    }
}
