using System.Net;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.TestSupport;
using Tessera.Web.Tests.Api;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Security;

/// <summary>
/// Sign-in attempts and API calls are limited per minute. The limits are counted on the app's clock, so these tests
/// move the fake clock to the next minute instead of waiting. Each test starts its own host with small limits.
/// </summary>
public sealed class RateLimitTests
{
    private static readonly Dictionary<string, string> SmallLimits = new()
    {
        ["Tessera:RateLimits:SignInPerMinute"] = "3",
        ["Tessera:RateLimits:ApiPerMinute"] = "4",
    };

    [Fact]
    public async Task Too_many_sign_in_attempts_get_a_429_page_until_the_minute_is_up()
    {
        await using var app = new TesseraApp(DatabaseProvider.Sqlite, SmallLimits);
        await app.StartAsync();
        StartOfMinute(app);
        var person = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var browser = app.CreateBrowser();
        var form = await browser.OpenAsync("/account/sign-in");
        for (var i = 0; i < 3; i++)
        {
            Expect.Errors(await browser.SubmitAsync(form, null, ("Email", person.Email!), ("Password", "not the password")), "#Email");
        }

        var refused = await browser.SubmitAsync(form, null, ("Email", person.Email!), ("Password", TestPartnership.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Response.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many attempts to sign in. Wait a minute and try again.", refused.Text);
        Assert.NotNull(refused.Document.QuerySelector("header .govuk-service-navigation, .govuk-service-navigation"));
        Assert.True(refused.Response.Headers.Contains("Content-Security-Policy"));

        // Showing the form is not limited; the next minute, the right password signs in.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sign-in")).Status);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(30), (await browser.SubmitAsync(form, null, ("Email", person.Email!), ("Password", TestPartnership.Password))).Response.Headers.RetryAfter?.Delta);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        Expect.Redirect(await browser.SubmitAsync(form, null, ("Email", person.Email!), ("Password", TestPartnership.Password)));
    }

    [Fact]
    public async Task Too_many_API_calls_from_one_key_get_429_problem_details()
    {
        await using var app = new TesseraApp(DatabaseProvider.Sqlite, SmallLimits);
        await app.StartAsync();
        StartOfMinute(app);
        using var busy = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));
        using var other = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.SearchChildrenAsync("Testperson")).StatusCode);
        }

        using var refused = await busy.SearchChildrenAsync("Testperson");
        var problem = await ApiJson.ProblemAsync(refused, 429);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Retry-After", problem.GetProperty("detail").GetString());

        // Another key has its own allowance; the busy key gets a new one the next minute.
        Assert.Equal(HttpStatusCode.OK, (await other.SearchChildrenAsync("Testperson")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await busy.SearchChildrenAsync("Testperson")).StatusCode);
    }

    /// <summary>Puts the clock at the start of a minute, so the whole test happens inside one limit window.</summary>
    private static void StartOfMinute(TesseraApp app)
    {
        var now = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(now.UtcTicks % TimeSpan.TicksPerMinute));
    }
}
