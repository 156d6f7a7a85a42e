using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Web.Auth;

/// <summary>
/// Sends practitioners whose roles need two-factor sign-in to enrol before they can use any other page.
/// It runs on every page rather than in each one so that no new page can forget it.
/// </summary>
public sealed class TwoFactorEnrolmentFilter : IAsyncPageFilter
{
    private static readonly string[] AllowedPages = ["/Account/EnrolTwoFactor", "/Account/SignOut", "/Error"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (user.Identity?.IsAuthenticated == true
            && user.FindFirst(ClaimNames.TwoFactorEnrolled)?.Value == "false"
            && user.Roles().RequiresTwoFactor()
            && !AllowedPages.Contains(page))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.RedirectToPageResult("/Account/EnrolTwoFactor");
            return;
        }

        await next();
    }
}
