using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Children;

public sealed class ChildSearchTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider, string> Searches()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var query in new[] { "Mia Testperson", "testperson", "Mimi Otherperson", "943 476 5919", "9434765919", "27/3/2016", "27 March 2016" })
            {
                data.Add(provider, query);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_finds_the_schools_child_and_never_the_police_record(DatabaseProvider provider, string query)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        var page = await teacher.SearchChildrenAsync(query);
        var found = ResultIds(page);
        Assert.Contains(app.Partnership.SchoolChild.Id, found);
        Assert.DoesNotContain(app.Partnership.PoliceChild.Id, found);
        Assert.Contains("child", page.Single("#results-heading").TextContent);
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Alias_matches_say_which_name_matched(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        var page = await teacher.SearchChildrenAsync("Mimi");
        Assert.Equal([app.Partnership.SchoolChild.Id], ResultIds(page));
        Assert.Contains("Also known as Mimi Otherperson", page.Text);
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task The_police_find_their_own_record_only(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(app.Partnership.PoliceOfficer);

        var page = await officer.SearchChildrenAsync("Mia Testperson");
        Assert.Equal([app.Partnership.PoliceChild.Id], ResultIds(page));
        Assert.Empty(ResultIds(await officer.SearchChildrenAsync("9434765919")));
        Assert.Contains("No children found", (await officer.SearchChildrenAsync("9434765919")).Text);
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task An_overlong_search_shows_the_error_summary(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        Expect.Errors(await teacher.SearchChildrenAsync(new string('a', 201)), "#q");
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Searching_with_an_empty_box_shows_the_error_summary(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        // Pressing Search with nothing typed must say what to enter, not silently show the empty form.
        var search = await teacher.OpenAsync("/children");
        Expect.Errors(await teacher.SubmitAsync(search, null, ("q", "")), "#q");
        Expect.Errors(await teacher.SubmitAsync(search, null, ("q", "  ")), "#q");

        // Arriving without a search at all shows no error.
        Assert.False(search.HasErrorSummary);
    }

    private static List<Guid> ResultIds(HtmlPage page) =>
        page.Document.QuerySelectorAll("table a[href^='/children/']")
            .Select(a => Guid.Parse(a.GetAttribute("href")!["/children/".Length..]))
            .ToList();
}
