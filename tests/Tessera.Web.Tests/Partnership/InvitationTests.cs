using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Partnership;

public sealed class InvitationTests(AppHosts hosts)
{
    private const string NewPassword = "a long and memorable passphrase";

    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_invitation_link_sets_a_password_once_and_the_new_account_signs_in(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var email = $"{Seed.Unique("new-teacher-")}@larch-lane.example";
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(p.Administrator);

        var created = await admin.FillInAsync("/partnership/practitioners/invite", null,
            ("DisplayName", "Nia Newcomer"), ("Email", email), ("AgencyId", p.SchoolId.ToString()), ("Roles", nameof(PractitionerRoles.Practitioner)));
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var link = new Uri(created.Single("#invitation-link").TextContent.Trim());
        Assert.StartsWith("/account/invitation/", link.AbsolutePath, StringComparison.Ordinal);

        using var visitor = app.CreateBrowser();
        var setUp = await visitor.OpenAsync(link.PathAndQuery);
        Assert.Contains(email, setUp.Text);

        Expect.Errors(await visitor.SubmitAsync(setUp, null, ("Password", "short"), ("ConfirmPassword", "short")), "#Password");
        Expect.Errors(await visitor.SubmitAsync(setUp, null, ("Password", NewPassword), ("ConfirmPassword", "something else entirely")), "#ConfirmPassword");
        Expect.RedirectTo("/account/sign-in", await visitor.SubmitAsync(setUp, null, ("Password", NewPassword), ("ConfirmPassword", NewPassword)));

        // The link works once.
        var reused = await visitor.GetAsync(link.PathAndQuery);
        Assert.Contains("cannot be used", reused.Single("h1").TextContent);
        var reusedPost = await visitor.SubmitAsync(setUp, null, ("Password", "another password altogether"), ("ConfirmPassword", "another password altogether"));
        Assert.Contains("cannot be used", reusedPost.Single("h1").TextContent);

        await using var db = app.CreateDbContext();
        var account = await db.Users.SingleAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
        Assert.Equal(p.SchoolId, account.AgencyId);
        Assert.Equal(PractitionerRoles.Practitioner, account.Roles);
        Assert.True(await db.ProcessEvents.AnyAsync(e => e.SubjectId == account.Id && e.EventName == "PractitionerRegistered"));
        Assert.True(await db.ProcessEvents.AnyAsync(e => e.EventName == "PractitionerInvited"));

        using var newcomer = app.CreateBrowser();
        await newcomer.SignInAsync(account, NewPassword);
        var home = await newcomer.OpenAsync("/");
        Assert.Contains("Larch Lane Primary School", home.Text);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.SearchChildrenAsync("Mia")).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_invitation_needs_a_name_an_email_an_agency_and_a_role(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(app.Partnership.Administrator);

        var page = await admin.FillInAsync("/partnership/practitioners/invite", null);
        Expect.Errors(page, "#DisplayName", "#Email", "#AgencyId", "#Roles");

        var taken = await admin.FillInAsync("/partnership/practitioners/invite", null,
            ("DisplayName", "Someone"), ("Email", app.Partnership.Teacher.Email!), ("AgencyId", app.Partnership.SchoolId.ToString()), ("Roles", "Practitioner"));
        Expect.Errors(taken, "#Email");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_invitation_token_cannot_be_used(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var visitor = app.CreateBrowser();
        var page = await visitor.OpenAsync("/account/invitation/not-a-real-token");
        Assert.Contains("cannot be used", page.Single("h1").TextContent);
        Assert.Null(page.Document.QuerySelector("input[name='Password']"));
    }
}
