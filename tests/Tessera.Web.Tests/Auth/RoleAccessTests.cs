using System.Net;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Auth;

public sealed class RoleAccessTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_practitioner_without_the_role_is_sent_to_access_denied(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        Expect.RedirectTo("/account/access-denied", await teacher.GetAsync("/partnership"));
        Expect.RedirectTo("/account/access-denied", await teacher.GetAsync("/partnership/practitioners/invite"));
        Expect.RedirectTo("/account/access-denied", await teacher.GetAsync("/concerns/open"));

        var denied = await teacher.GetAsync("/account/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Strategic_leads_and_administrators_never_see_children(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        foreach (var person in new[] { app.Partnership.StrategicLead, app.Partnership.Administrator })
        {
            using var browser = app.CreateBrowser();
            await browser.SignInAsync(person);
            Expect.RedirectTo("/account/access-denied", await browser.GetAsync("/children"));
            Expect.RedirectTo("/account/access-denied", await browser.GetAsync($"/concerns/new?childId={app.Partnership.PoliceChild.Id}"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_agencys_child_and_concern_are_not_found(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var schoolConcern = await app.ConcernAsync(p.Teacher, p.SchoolChild);
        var policeConcern = await app.ConcernAsync(p.PoliceOfficer, p.PoliceChild);

        using var officer = app.CreateBrowser();
        await officer.SignInAsync(p.PoliceOfficer);
        await Expect.NotFoundAsync(officer, await officer.GetAsync($"/children/{p.SchoolChild.Id}"));
        await Expect.NotFoundAsync(officer, await officer.GetAsync($"/concerns/{schoolConcern.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/concerns/{policeConcern.Id}")).Status);

        // A change posted with a valid form token is refused the same way, and changes nothing.
        var ownPage = await officer.OpenAsync($"/concerns/{policeConcern.Id}");
        var token = HtmlPage.Values(ownPage.Form("Amend")).Single(v => v.Key == "__RequestVerificationToken").Value;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Text", "Written into another agency's record")]);
        var address = new Uri(officer.Client.BaseAddress!, $"/concerns/{schoolConcern.Id}?handler=Amend");
        var refused = await HtmlPage.ParseAsync(address, await officer.Client.PostAsync(address, content));
        await Expect.NotFoundAsync(officer, refused);
        await using var db = app.CreateDbContext();
        Assert.DoesNotContain(db.ConcernAmendments, a => a.ConcernId == schoolConcern.Id);

        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        await Expect.NotFoundAsync(teacher, await teacher.GetAsync($"/children/{p.PoliceChild.Id}"));
        await Expect.NotFoundAsync(teacher, await teacher.GetAsync($"/concerns/{policeConcern.Id}"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_designated_safeguarding_lead_can_act_on_a_concern(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        var concern = await app.ConcernAsync(p.Teacher, child);

        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var page = await teacher.OpenAsync($"/concerns/{concern.Id}");
        Assert.Throws<Xunit.Sdk.XunitException>(() => page.Form("Close"));
        var token = HtmlPage.Values(page.Form("Amend")).Single(v => v.Key == "__RequestVerificationToken").Value;

        // The forms are hidden from a teacher; posting them by hand must not work either.
        var accepted = new List<string>();
        foreach (var (handler, field, value) in new[] { ("AddAction", "Description", "Teacher's action"), ("Assign", "AssigneeId", p.Teacher.Id.ToString()), ("Close", "Outcome", "Closed by a teacher") })
        {
            var address = new Uri(teacher.Client.BaseAddress!, $"/concerns/{concern.Id}?handler={handler}");
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new(field, value)]);
            using var response = await teacher.Client.PostAsync(address, content);
            var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("access-denied", StringComparison.Ordinal));
            if (!refused)
            {
                accepted.Add($"POST ?handler={handler} gave {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(accepted.Count == 0, "A teacher (not the DSL) could manage the concern:\n" + string.Join("\n", accepted));

        await using var db = app.CreateDbContext();
        var saved = db.Concerns.Single(c => c.Id == concern.Id);
        Assert.Equal(Tessera.Core.Modules.Concerns.Models.ConcernStatus.Open, saved.Status);
        Assert.Null(saved.AssignedToId);
        Assert.DoesNotContain(db.ConcernActions, a => a.ConcernId == concern.Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_designated_safeguarding_lead_must_set_up_two_factor_before_any_other_page(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var dsl = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.DesignatedSafeguardingLead);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(dsl);
        foreach (var url in new[] { "/", "/children", "/concerns/open", "/inbox" })
        {
            Expect.RedirectTo("/account/two-factor/set-up", await browser.GetAsync(url));
        }
    }
}
