using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// Every cookie Tessera sets — sign-in, two-factor, external sign-in, antiforgery, the one-off banner — is sent over
/// HTTPS only, hidden from script, and not sent on cross-site requests (Lax, so following a link into Tessera still works).
/// </summary>
public static class CookieSecurity
{
    public static void AddTesseraCookieSecurity(this IServiceCollection services)
    {
        services.PostConfigureAll<CookieAuthenticationOptions>(o => Harden(o.Cookie));
        services.Configure<AntiforgeryOptions>(o =>
        {
            o.Cookie.Name = "tessera-antiforgery";
            Harden(o.Cookie);
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<CookieTempDataProviderOptions>(o => Harden(o.Cookie));
    }

    private static void Harden(CookieBuilder cookie)
    {
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        if (cookie.SameSite is SameSiteMode.None or SameSiteMode.Unspecified)
        {
            cookie.SameSite = SameSiteMode.Lax;
        }
    }
}
