using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Core.Processes;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Access;

/// <summary>
/// Step-up and time-limited access, on an app of its own: these tests move its clock forward, which would disturb
/// tests sharing a host.
/// </summary>
public sealed class StepUpTests : IAsyncLifetime
{
    private readonly TesseraApp _app = new(DatabaseProvider.Sqlite);

    public async ValueTask InitializeAsync() => await _app.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_sensitive_page_asks_for_the_password_again_after_15_minutes_and_then_returns()
    {
        var p = _app.Partnership;
        var teacher = await _app.PractitionerAsync(p.SchoolId, PractitionerRoles.Practitioner);
        var child = await _app.ChildAsync(p.SchoolDsl);
        await _app.SetTeamAsync(child.Id, null, teacher.Id);
        var url = $"/children/{child.Id}/views";
        using var browser = _app.CreateBrowser();
        await browser.SignInAsync(teacher);

        _app.Clock.Advance(TimeSpan.FromMinutes(15));
        await browser.OpenAsync(url);

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var asked = await browser.GetAsync(url);
        Assert.Equal($"/account/confirm?returnUrl={Uri.EscapeDataString(url)}", Expect.Redirect(asked));
        // The child record itself is not a step-up page.
        await browser.OpenAsync($"/children/{child.Id}");

        var confirm = await browser.OpenAsync(Expect.Redirect(asked));
        Expect.Errors(await browser.SubmitAsync(confirm, null, ("Password", "not my password at all")), "#Password");
        Assert.Equal(url, Expect.Redirect(await browser.SubmitAsync(confirm, null, ("Password", Tessera.TestSupport.TestPartnership.Password))));
        await browser.OpenAsync(url);

        await using var db = _app.CreateDbContext();
        Assert.Equal(1, await db.ProcessEvents.CountAsync(e => e.EventName == "PractitionerReauthenticated" && e.SubjectId == teacher.Id));
    }

    [Fact]
    public async Task The_sign_in_time_and_second_factor_survive_the_cookies_refresh_each_minute()
    {
        var p = _app.Partnership;
        using var dsl = _app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);

        // The security-stamp check rebuilds the cookie's claims after a minute; the DSL must not be asked again.
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        await dsl.OpenAsync($"/children/{p.NurtureChild.Id}");
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        await dsl.OpenAsync($"/children/{p.NurtureChild.Id}/views");

        // Nor does the refresh make an old sign-in look recent.
        _app.Clock.Advance(TimeSpan.FromMinutes(12));
        await dsl.OpenAsync($"/children/{p.NurtureChild.Id}");
        Expect.RedirectTo("/account/confirm", await dsl.GetAsync($"/children/{p.NurtureChild.Id}/views"));
    }

    [Fact]
    public async Task A_time_limited_assignment_stops_giving_access_when_it_ends()
    {
        var p = _app.Partnership;
        var child = await _app.ChildAsync(p.SchoolDsl);
        await _app.SetTeamAsync(child.Id, p.NurtureTeamId, null);
        var teacher = await _app.PractitionerAsync(p.SchoolId, PractitionerRoles.Practitioner);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var process = ProcessContext.Start(ProcessType.PractitionerAssignedToChild, Actor.ForPractitioner(p.SchoolDsl.Id, p.SchoolId), _app.Clock);
            var made = await scope.ServiceProvider.GetRequiredService<AssignmentService>()
                .AssignAsync(child.Id, teacher.Id, "Joint home visit", _app.Clock.GetUtcNow().AddHours(2), process);
            Assert.True(made.Succeeded);
        }

        using var browser = _app.CreateBrowser();
        await browser.SignInAsync(teacher);
        Assert.Contains("assigned you to this child", (await browser.OpenAsync($"/children/{child.Id}")).Single(".tessera-why-panel").TextContent);

        _app.Clock.Advance(TimeSpan.FromHours(2));
        await browser.SignInAsync(teacher);
        await Expect.NotFoundAsync(browser, await browser.GetAsync($"/children/{child.Id}"));
    }

    [Fact]
    public async Task A_role_that_needs_two_factor_sign_in_cannot_reach_children_without_it()
    {
        var p = _app.Partnership;
        var person = await _app.PractitionerAsync(p.SchoolId, PractitionerRoles.Practitioner);
        using var browser = _app.CreateBrowser();
        await browser.SignInAsync(person);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/children/{p.SchoolChild.Id}")).Status);

        // Made a trusted practitioner mid-session: sent to set up two-factor sign-in before anything else.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var admin = p.Administrator;
            var process = ProcessContext.Start(ProcessType.PractitionerRolesChanged, Actor.ForPractitioner(admin.Id, admin.AgencyId), _app.Clock);
            var changed = await scope.ServiceProvider.GetRequiredService<PartnershipAdministration>()
                .ChangeRolesAsync(person.Id, PractitionerRoles.Practitioner | PractitionerRoles.TrustedPractitioner, process);
            Assert.True(changed.Succeeded);
        }

        // A role change ends the session; signed in again with a password only, they must set up two-factor first.
        _app.Clock.Advance(TimeSpan.FromSeconds(61));
        Expect.RedirectTo("/account/sign-in", await browser.GetAsync($"/children/{p.SchoolChild.Id}"));
        await browser.SignInAsync(person);
        Expect.RedirectTo("/account/two-factor/set-up", await browser.GetAsync($"/children/{p.SchoolChild.Id}"));

        // Enrolled from another session: this password-only session must still pass a second factor.
        await using (var db = _app.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true));
        }

        _app.Clock.Advance(TimeSpan.FromSeconds(61));
        Expect.RedirectTo("/account/confirm", await browser.GetAsync($"/children/{p.SchoolChild.Id}"));
    }
}
