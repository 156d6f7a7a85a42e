using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Tessera.Core.Validation;
using Tessera.Web.Api;

namespace Tessera.Web.Infrastructure;

public static class Pipeline
{
    public static bool IsApi(this HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static void UseTessera(this WebApplication app)
    {
        // Behind a reverse proxy on the same host, take the client's address (for sign-in rate limits) and the
        // original scheme (so HTTPS-only cookies work) from X-Forwarded-For and X-Forwarded-Proto; only loopback proxies are trusted.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });

        // Next, so every response carries the headers: pages, API, static files, errors, 404s and redirects.
        app.UseTesseraSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync, AllowStatusCode404Response = true });
        app.UseWhen(c => c.IsApi(), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.IsApi(), pages => pages.UseStatusCodePagesWithReExecute("/error", "?status={0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapTesseraApi();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
    }

    /// <summary>
    /// Never shows a stack trace. A refused change reads as "not found" so it does not reveal that a record exists.
    /// </summary>
    private static async Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var notPermitted = error is NotPermittedException;
        var status = notPermitted ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError;
        if (error is BadHttpRequestException bad)
        {
            status = bad.StatusCode;
        }

        context.Response.StatusCode = status;
        if (context.IsApi())
        {
            var detail = status switch
            {
                StatusCodes.Status404NotFound => "Nothing was found at this address for your agency.",
                StatusCodes.Status500InternalServerError => "Something went wrong on our side. Nothing you sent was half-saved; try again.",
                _ => error?.Message,
            };
            await Results.Problem(statusCode: status, detail: detail).ExecuteAsync(context);
            return;
        }

        context.Response.Redirect(notPermitted ? "/error?status=404" : $"/error?status={status}");
    }
}
