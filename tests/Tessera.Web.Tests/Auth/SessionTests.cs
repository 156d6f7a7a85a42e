using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Core.Processes;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Auth;

/// <summary>
/// Session lifetime, on an app of its own: these tests move its clock forward, which would disturb tests sharing a host.
/// </summary>
public sealed class SessionTests : IAsyncLifetime
{
    private readonly TesseraApp _app = new(DatabaseProvider.Sqlite, new Dictionary<string, string> { ["Tessera:IdleTimeoutMinutes"] = "20" });

    public async ValueTask InitializeAsync() => await _app.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_session_slides_while_used_and_ends_after_the_idle_timeout()
    {
        var person = await _app.PractitionerAsync(_app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var browser = _app.CreateBrowser();
        await browser.SignInAsync(person);

        for (var i = 0; i < 3; i++)
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).Status);
        }

        _app.Clock.Advance(TimeSpan.FromMinutes(21));
        Expect.RedirectTo("/account/sign-in", await browser.GetAsync("/"));
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session_within_a_minute()
    {
        var person = await _app.PractitionerAsync(_app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var browser = _app.CreateBrowser();
        await browser.SignInAsync(person);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/children")).Status);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var admin = _app.Partnership.Administrator;
            var process = ProcessContext.Start(ProcessType.PractitionerDisabled, Actor.ForPractitioner(admin.Id, admin.AgencyId), _app.Clock);
            var outcome = await scope.ServiceProvider.GetRequiredService<PartnershipAdministration>().SetDisabledAsync(person.Id, true, process);
            Assert.True(outcome.Succeeded);
        }

        _app.Clock.Advance(TimeSpan.FromSeconds(61));
        Expect.RedirectTo("/account/sign-in", await browser.GetAsync("/children"));
    }
}
