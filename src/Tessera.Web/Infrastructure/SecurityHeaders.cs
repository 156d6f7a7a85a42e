namespace Tessera.Web.Infrastructure;

/// <summary>Headers that stop the pages being framed, sniffed or running injected script.</summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseTesseraSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";

            // Pages show children's details: keep them out of shared caches and the back-forward cache.
            if (!context.Request.Path.StartsWithSegments("/govuk") && !context.Request.Path.StartsWithSegments("/assets"))
            {
                headers.CacheControl = "no-store";
            }

            await next();
        });
}
