using System.Security.Cryptography;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// Headers that stop the pages being framed, sniffed, downgraded to plain HTTP or running injected script. They are
/// added as the response starts, so error pages, 404s, redirects and static files carry them too, even after the
/// exception handler has cleared the response.
/// </summary>
public static class SecurityHeaders
{
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    private const string NonceKey = "tessera:csp-nonce";

    /// <summary>This request's script nonce: put it on every <c>&lt;script&gt;</c> as <c>nonce="@Context.CspNonce()"</c>.</summary>
    public static string CspNonce(this HttpContext context)
    {
        // A re-executed status-code page runs in the same context, so it keeps the nonce the header already names.
        if (context.Items[NonceKey] is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseTesseraSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.StrictTransportSecurity = StrictTransportSecurity;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(context.CspNonce());
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";

                // Pages show children's details: keep them out of shared caches and the back-forward cache.
                if (!context.Request.Path.StartsWithSegments("/govuk") && !context.Request.Path.StartsWithSegments("/assets"))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
