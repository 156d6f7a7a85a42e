using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Tessera.Web.Auth;

/// <summary>
/// Put on a sensitive page: if the practitioner last proved who they are longer ago than
/// <see cref="StepUpSettings.ReauthenticateAfter"/>, they confirm their password (and security code) first and then
/// come back. Time comes from the app's <see cref="TimeProvider"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresRecentSignInAttribute : Attribute, IAsyncPageFilter
{
    public const string ConfirmPath = "/account/confirm";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated == true && !IsRecent(http.User, http.RequestServices))
        {
            // A form posted after the time ran out comes back to the page itself, not to the post.
            var returnUrl = http.Request.Path + (HttpMethods.IsGet(http.Request.Method) ? http.Request.QueryString.Value : "");
            context.Result = new RedirectResult($"{ConfirmPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return;
        }

        await next();
    }

    public static bool IsRecent(ClaimsPrincipal user, IServiceProvider services)
    {
        var settings = services.GetRequiredService<StepUpSettings>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return long.TryParse(user.FindFirstValue(ClaimNames.AuthTime), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            && now - DateTimeOffset.FromUnixTimeSeconds(seconds) <= settings.ReauthenticateAfter;
    }
}
