using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.TestSupport;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Partnership;

public sealed class PractitionerAdministrationTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_administrator_changes_roles(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var person = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(app.Partnership.Administrator);
        var url = $"/partnership/practitioners/{person.Id}";

        var page = await admin.OpenAsync(url);
        Assert.Contains(person.DisplayName, page.Single("h1").TextContent);
        Assert.True(page.Document.QuerySelector("input[name='Roles'][value='Practitioner']")!.HasAttribute("checked"));

        Expect.Errors(await admin.SubmitAsync(page, "Roles", ("Roles", "")), "#Roles");
        Expect.RedirectTo("/partnership", await admin.SubmitAsync(page, "Roles", ("Roles", "Practitioner"), ("Roles", "TrustedPractitioner")));

        await using var db = app.CreateDbContext();
        var saved = await db.Users.SingleAsync(u => u.Id == person.Id);
        Assert.Equal(PractitionerRoles.Practitioner | PractitionerRoles.TrustedPractitioner, saved.Roles);
        Assert.NotEqual(person.SecurityStamp, saved.SecurityStamp);
        Assert.True(await db.ProcessEvents.AnyAsync(e => e.SubjectId == person.Id && e.EventName == "PractitionerRolesChanged"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Giving_someone_a_lead_role_sends_them_to_set_up_two_factor_at_their_next_sign_in(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var person = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(app.Partnership.Administrator);
        Expect.RedirectTo("/partnership", await admin.FillInAsync($"/partnership/practitioners/{person.Id}", "Roles", ("Roles", "DesignatedSafeguardingLead")));

        using var browser = app.CreateBrowser();
        await browser.SignInAsync(person);
        Expect.RedirectTo("/account/two-factor/set-up", await browser.GetAsync("/concerns/open"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_disabled_practitioner_cannot_sign_in(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var person = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(app.Partnership.Administrator);

        var page = await admin.OpenAsync($"/partnership/practitioners/{person.Id}");
        Assert.Contains("Disable account", page.Form("Disable").TextContent);
        Expect.RedirectTo("/partnership", await admin.SubmitAsync(page, "Disable"));

        await using (var db = app.CreateDbContext())
        {
            Assert.True((await db.Users.SingleAsync(u => u.Id == person.Id)).IsDisabled);
            Assert.True(await db.ProcessEvents.AnyAsync(e => e.SubjectId == person.Id && e.EventName == "PractitionerDisabled"));
        }

        using var browser = app.CreateBrowser();
        var refused = await browser.FillInAsync("/account/sign-in", null, ("Email", person.Email!), ("Password", TestPartnership.Password));
        Expect.Errors(refused, "#Email");
        Expect.RedirectTo("/account/sign-in", await browser.GetAsync("/"));

        // Enabling lets them back in.
        Expect.RedirectTo("/partnership", await admin.FillInAsync($"/partnership/practitioners/{person.Id}", "Disable"));
        await browser.SignInAsync(person);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.GetAsync("/")).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Administrators_cannot_disable_themselves_or_drop_their_own_role(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var self = await app.PractitionerAsync(app.Partnership.PoliceId, PractitionerRoles.PartnershipAdministrator);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(self);
        var url = $"/partnership/practitioners/{self.Id}";

        var disable = await admin.FillInAsync(url, "Disable");
        Assert.Equal(System.Net.HttpStatusCode.OK, disable.Status);
        Assert.Contains("You cannot disable your own account", disable.Text);
        Expect.Errors(await admin.FillInAsync(url, "Roles", ("Roles", "Practitioner")), "#Roles");

        await using var db = app.CreateDbContext();
        var saved = await db.Users.SingleAsync(u => u.Id == self.Id);
        Assert.False(saved.IsDisabled);
        Assert.Equal(PractitionerRoles.PartnershipAdministrator, saved.Roles);
    }
}
