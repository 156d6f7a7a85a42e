using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// Every cookie Tessera sets — sign-in, two-factor, external sign-in, antiforgery, the one-off banner — is sent over
/// HTTPS only, hidden from script, and not sent on cross-site requests (Lax, so following a link into Tessera still works).
/// <c>Tessera:Cookies:AllowPlainHttp</c> (on by default in Development only) marks them Secure only when the request
/// came over HTTPS, for a developer's or a benchmark's plain-HTTP loopback server: with it off, ASP.NET Core's
/// antiforgery refuses every plain-HTTP form.
/// </summary>
public static class CookieSecurity
{
    public static void AddTesseraCookieSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var policy = configuration.GetValue("Tessera:Cookies:AllowPlainHttp", environment.IsDevelopment())
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        services.PostConfigureAll<CookieAuthenticationOptions>(o => Harden(o.Cookie, policy));
        services.Configure<AntiforgeryOptions>(o =>
        {
            o.Cookie.Name = "tessera-antiforgery";
            Harden(o.Cookie, policy);
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<CookieTempDataProviderOptions>(o => Harden(o.Cookie, policy));
    }

    private static void Harden(CookieBuilder cookie, CookieSecurePolicy policy)
    {
        cookie.SecurePolicy = policy;
        cookie.HttpOnly = true;
        if (cookie.SameSite is SameSiteMode.None or SameSiteMode.Unspecified)
        {
            cookie.SameSite = SameSiteMode.Lax;
        }
    }
}
