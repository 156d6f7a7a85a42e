using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Processes;

namespace Tessera.Web.Auth;

/// <summary>
/// Audits every request that authorisation turns away — a visitor who is not signed in, or a signed-in person whose
/// role does not reach the page — before the usual sign-in redirect, 401 or 403 is sent. The entry names the route
/// pattern (such as "children/{id:guid}"), never the address itself, so no child's id or details reach it.
/// </summary>
public sealed class AuditedAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            var audit = context.RequestServices.GetRequiredService<AuditTrail>();
            await audit.RecordAsync(AuditAction.Denied, Caller(context), "route", null, null,
                new { route = route ?? "(none)", method = context.Request.Method, outcome = authorizeResult.Challenged ? "challenge" : "forbid" },
                cancellationToken: context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static Actor Caller(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(ClaimNames.AgencyId) is not null
            ? context.User.Actor()
            : Actor.Anonymous;
}
