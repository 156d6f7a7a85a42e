using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.TestSupport;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Auth;

public sealed class SignInTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_wrong_password_shows_the_error_summary_and_does_not_sign_in(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var browser = app.CreateBrowser();
        var page = await browser.FillInAsync("/account/sign-in", null, ("Email", app.Partnership.PoliceOfficer.Email!), ("Password", "not the password at all"));

        Expect.Errors(page, "#Email");
        Assert.Contains("Enter a correct email address and password", page.Single(".govuk-error-summary").TextContent);
        Expect.RedirectTo("/account/sign-in", await browser.GetAsync("/children"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Empty_fields_are_each_reported(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var browser = app.CreateBrowser();
        var page = await browser.FillInAsync("/account/sign-in", null, ("Email", ""), ("Password", ""));
        Expect.Errors(page, "#Email", "#Password");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_wrong_passwords_lock_the_account(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var person = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var browser = app.CreateBrowser();

        HtmlPage page = null!;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            page = await browser.FillInAsync("/account/sign-in", null, ("Email", person.Email!), ("Password", $"wrong guess number {attempt}"));
            Expect.Errors(page, "#Email");
        }

        Assert.Contains("locked", page.Single(".govuk-error-summary").TextContent, StringComparison.OrdinalIgnoreCase);

        // Even the right password is refused now.
        page = await browser.FillInAsync("/account/sign-in", null, ("Email", person.Email!), ("Password", TestPartnership.Password));
        Expect.Errors(page, "#Email");
        Assert.Contains("locked", page.Single(".govuk-error-summary").TextContent, StringComparison.OrdinalIgnoreCase);

        await using var db = app.CreateDbContext();
        Assert.True(await db.ProcessEvents.CountAsync(e => e.SubjectId == person.Id && e.EventName == "SignInFailed") >= 5);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_designated_safeguarding_lead_needs_a_security_code(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var browser = app.CreateBrowser();
        var afterPassword = await browser.FillInAsync("/account/sign-in", null, ("Email", app.Partnership.SchoolDsl.Email!), ("Password", TestPartnership.Password));
        var challengeUrl = Expect.Redirect(afterPassword);
        Assert.StartsWith("/account/two-factor", challengeUrl, StringComparison.Ordinal);

        // Not signed in until the code is given.
        Expect.RedirectTo("/account/sign-in", await browser.GetAsync("/concerns/open"));

        var wrong = await browser.FillInAsync(challengeUrl, null, ("Code", "12345"));
        Expect.Errors(wrong, "#Code");

        var right = await browser.FillInAsync(challengeUrl, null, ("Code", Browser.CurrentCode(TestPartnership.AuthenticatorKey)));
        Expect.RedirectTo("/", right);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/concerns/open")).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unenrolled_lead_is_sent_to_set_up_and_enrols_with_the_key_shown(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var deputy = app.Partnership.UnenrolledDsl;
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(deputy);
        Expect.RedirectTo("/account/two-factor/set-up", await browser.GetAsync("/"));

        var setUp = await browser.OpenAsync("/account/two-factor/set-up");
        var key = setUp.Single("#authenticator-key").TextContent.Trim();
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", key);

        var wrong = await browser.SubmitAsync(setUp, null, ("Code", "000000" == Browser.CurrentCode(key) ? "111111" : "000000"));
        Expect.Errors(wrong, "#Code");

        var enrolled = await browser.SubmitAsync(await browser.OpenAsync("/account/two-factor/set-up"), null, ("Code", Browser.CurrentCode(key)));
        Expect.RedirectTo("/", enrolled);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/concerns/open")).Status);

        await using var db = app.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == deputy.Id)).TwoFactorEnabled);
        Assert.True(await db.ProcessEvents.AnyAsync(e => e.SubjectId == deputy.Id && e.EventName == "TwoFactorEnrolled"));

        // The next sign-in asks for a code from the same key.
        using var again = app.CreateBrowser();
        var afterPassword = await again.FillInAsync("/account/sign-in", null, ("Email", deputy.Email!), ("Password", TestPartnership.Password));
        var challengeUrl = Expect.Redirect(afterPassword);
        Assert.StartsWith("/account/two-factor", challengeUrl, StringComparison.Ordinal);
        Expect.RedirectTo("/", await again.FillInAsync(challengeUrl, null, ("Code", Browser.CurrentCode(key))));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Signing_out_ends_the_session(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(app.Partnership.Teacher);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/children")).Status);

        var signedOut = await browser.FillInAsync("/account/sign-out", null);
        Expect.RedirectTo("/account/signed-out", signedOut);
        var page = await browser.OpenAsync("/account/signed-out");
        Assert.Contains("You have signed out", page.Text);
        Expect.RedirectTo("/account/sign-in", await browser.GetAsync("/children"));
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_ignored()
    {
        var app = await hosts.For(DatabaseProvider.Sqlite);
        using var browser = app.CreateBrowser();
        var page = await browser.FillInAsync("/account/sign-in?ReturnUrl=//evil.example/steal", null, ("Email", app.Partnership.Teacher.Email!), ("Password", TestPartnership.Password));
        Expect.RedirectTo("/", page);
    }
}
