using Microsoft.Net.Http.Headers;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Security;

/// <summary>Every cookie set on the way through a two-factor sign-in is Secure, HttpOnly and SameSite Lax or Strict.</summary>
public sealed class CookieTests(AppHosts hosts)
{
    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Sign_in_two_factor_and_antiforgery_cookies_are_secure_http_only_and_same_site(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var browser = app.CreateBrowser();
        var cookies = new List<SetCookieHeaderValue>();

        var form = await browser.OpenAsync("/account/sign-in");
        cookies.AddRange(SetCookies(form.Response));
        var password = await browser.SubmitAsync(form, null, ("Email", app.Partnership.SchoolDsl.Email!), ("Password", Tessera.TestSupport.TestPartnership.Password));
        cookies.AddRange(SetCookies(password.Response));
        var challenge = await browser.OpenAsync(Expect.Redirect(password));
        var code = await browser.SubmitAsync(challenge, null, ("Code", Browser.CurrentCode(Tessera.TestSupport.TestPartnership.AuthenticatorKey)));
        Expect.Redirect(code);
        cookies.AddRange(SetCookies(code.Response));

        var names = cookies.Select(c => c.Name.Value!).ToHashSet();
        Assert.Contains("tessera", names);
        Assert.Contains("tessera-antiforgery", names);
        Assert.Contains(names, n => n.StartsWith("Identity.TwoFactor", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.True(c.Secure, $"{c.Name} is not Secure");
            Assert.True(c.HttpOnly, $"{c.Name} is not HttpOnly");
            Assert.True(c.SameSite is SameSiteMode.Lax or SameSiteMode.Strict, $"{c.Name} is SameSite={c.SameSite}");
        });
    }

    private static IEnumerable<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];
}
