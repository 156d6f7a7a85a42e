using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Language.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Language;

public sealed class VocabularyPageTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_administrator_adds_and_changes_a_term_with_validation_duplicates_and_stale_pages_refused(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(app.Partnership.Administrator);
        var name = Seed.Unique("Flag ");

        var empty = await admin.FillInAsync("/language/vocabulary/terms", null, ("Term", " "));
        Expect.Errors(empty, "#Kind", "#Term", "#Definition");

        var duplicate = await admin.FillInAsync("/language/vocabulary/terms", null, ("Kind", "3"), ("Term", "child in NEED"), ("Definition", "Typed text kept."));
        Expect.Errors(duplicate, "#Term");
        Assert.Contains("\"Child in need\" is already in the vocabulary", duplicate.Text);
        Assert.Equal("Typed text kept.", duplicate.Single("#Definition").TextContent);

        Expect.RedirectTo("/language/vocabulary", await admin.FillInAsync("/language/vocabulary/terms", null, ("Kind", "3"), ("Term", name), ("Definition", "First wording.")));
        await using var db = app.CreateDbContext();
        var term = await db.VocabularyTerms.AsNoTracking().SingleAsync(t => t.Term == name);

        var form = await admin.OpenAsync($"/language/vocabulary/terms/{term.Id}");
        Expect.RedirectTo("/language/vocabulary", await admin.SubmitAsync(form, null, ("Definition", "Second wording.")));

        // The same form again, now stale: refused, nothing saved, what was typed kept.
        var stale = await admin.SubmitAsync(form, null, ("Definition", "Third wording."));
        Expect.Errors(stale, "#Term");
        Assert.Contains("Someone else changed this", stale.Text);
        Assert.Equal("Third wording.", stale.Single("#Definition").TextContent);

        var page = await admin.OpenAsync($"/language/vocabulary/terms/{term.Id}");
        Assert.Contains("Version 2", page.Text);
        Assert.Contains("First wording.", page.Text);
        var versions = await db.VocabularyTermVersions.AsNoTracking().Where(v => v.TermId == term.Id).OrderBy(v => v.Number).Select(v => v.Definition).ToListAsync();
        Assert.Equal(["First wording.", "Second wording."], versions);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/language/vocabulary/terms/{Guid.NewGuid()}")).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_administrator_maps_an_agency_term_and_the_concern_page_shows_the_shared_term(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(p.Administrator);
        var agencyTerm = "Q" + Seed.Unique("").ToUpperInvariant()[..5].Replace('-', 'X');
        var neglect = VocabularyDefaults.TermId("Neglect");

        var missing = await admin.FillInAsync("/language/vocabulary/agency-terms", null, ("AgencyTerm", ""), ("TermId", ""));
        Expect.Errors(missing, "#AgencyTerm", "#TermId");
        Expect.RedirectTo("/language/vocabulary", await admin.FillInAsync("/language/vocabulary/agency-terms", null, ("AgencyTerm", agencyTerm), ("UsedBy", "0"), ("TermId", neglect.ToString())));
        var again = await admin.FillInAsync("/language/vocabulary/agency-terms", null, ("AgencyTerm", agencyTerm), ("UsedBy", "0"), ("TermId", neglect.ToString()));
        Expect.Errors(again, "#AgencyTerm");
        await using (var db = app.CreateDbContext())
        {
            var mappingId = await db.AgencyTermMappings.Where(m => m.AgencyTerm == agencyTerm).Select(m => m.Id).SingleAsync();
            var edit = await admin.OpenAsync($"/language/vocabulary/agency-terms/{mappingId}");
            Assert.Contains("Version 1", edit.Text);
            Assert.Contains("means Neglect", edit.Text);
        }

        var child = await app.ChildAsync(p.Teacher);
        var concern = await app.ConcernAsync(p.Teacher, child, $"Police attended a DA call; the school noted {agencyTerm}.");
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var page = await teacher.OpenAsync($"/concerns/{concern.Id}");
        var marked = page.Document.QuerySelectorAll(".tessera-agency-term").Select(e => e.TextContent).ToList();
        Assert.Equal(["DA (shared term: domestic abuse)", $"{agencyTerm} (shared term: neglect)"], marked);
        Assert.StartsWith("Domestic abuse: ", page.Document.QuerySelector(".tessera-agency-term abbr")!.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_practitioner_can_search_the_glossary_by_term_agency_term_or_definition(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        var all = await teacher.OpenAsync("/glossary");
        Assert.StartsWith("All ", all.Single("#results-heading").TextContent, StringComparison.Ordinal);
        Assert.Null(all.Document.QuerySelector("a[href='/language/vocabulary']"));

        var nai = await teacher.OpenAsync("/glossary?q=NAI");
        Assert.Equal("Non-accidental injury", Terms(nai)[0]);
        Assert.Contains("NAI (Health: hospital trust)", nai.Text);

        var lac = await teacher.OpenAsync("/glossary?q=" + Uri.EscapeDataString("\"lac\""));
        Assert.Equal("Looked-after child", Terms(lac)[0]);

        var byDefinition = await teacher.OpenAsync("/glossary?q=foster+carers");
        Assert.Contains("Looked-after child", Terms(byDefinition));

        var nothing = await teacher.OpenAsync("/glossary?q=" + Uri.EscapeDataString("zzz OR 1=1 --"));
        Assert.Equal("0 terms found", nothing.Single("#results-heading").TextContent);
        Assert.Contains("No terms match", nothing.Text);

        Expect.RedirectTo("/account/access-denied", await teacher.GetAsync("/language/vocabulary"));
    }

    private static List<string> Terms(HtmlPage page) =>
        page.Document.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.ChildNodes[0].TextContent.Trim()).ToList();
}
