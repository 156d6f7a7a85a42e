using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Web.Auth;

/// <summary>
/// Sends practitioners whose roles need two-factor sign-in to enrol before they can use any other page, and sends
/// those who are enrolled but whose session has not passed a second factor (a role given mid-session, say) to confirm
/// with a security code. It runs on every page rather than in each one so that no new page can forget it.
/// </summary>
public sealed class TwoFactorEnrolmentFilter : IAsyncPageFilter
{
    private static readonly string[] AllowedPages = ["/Account/EnrolTwoFactor", "/Account/Confirm", "/Account/SignOut", "/Error"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (user.Identity?.IsAuthenticated == true && user.FindFirst(ClaimNames.AgencyId) is not null
            && user.Roles().RequiresTwoFactor() && !AllowedPages.Contains(page))
        {
            if (user.FindFirst(ClaimNames.TwoFactorEnrolled)?.Value == "false")
            {
                context.Result = new RedirectToPageResult("/Account/EnrolTwoFactor");
                return;
            }

            if (user.FindFirst(ClaimNames.SecondFactor)?.Value != "true")
            {
                var request = context.HttpContext.Request;
                var returnUrl = HttpMethods.IsGet(request.Method) ? request.Path + request.QueryString.Value : "/";
                context.Result = new RedirectResult($"{RequiresRecentSignInAttribute.ConfirmPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
                return;
            }
        }

        await next();
    }
}
