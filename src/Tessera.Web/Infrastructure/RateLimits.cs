using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// Slows password guessing and runaway agency systems: sign-in attempts per client address and API calls per API key,
/// each per minute (<c>Tessera:RateLimits:SignInPerMinute</c>, default 10; <c>Tessera:RateLimits:ApiPerMinute</c>,
/// default 300). Over the limit: 429 with Retry-After, a GOV.UK page for sign-in, problem details for the API.
/// </summary>
public static class RateLimits
{
    public const string TooManySignIns = "Too many attempts to sign in. Wait a minute and try again.";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static void AddTesseraRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("Tessera:RateLimits:SignInPerMinute", 10);
        var apiPerMinute = configuration.GetValue("Tessera:RateLimits:ApiPerMinute", 300);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var clock = context.RequestServices.GetRequiredService<TimeProvider>();
                if (IsSignInAttempt(context))
                {
                    var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                    return RateLimitPartition.Get("sign-in:" + address, _ => new ClockWindowLimiter(clock, signInPerMinute, Window));
                }

                if (context.IsApi())
                {
                    return RateLimitPartition.Get("api:" + ApiCaller(context), _ => new ClockWindowLimiter(clock, apiPerMinute, Window));
                }

                return RateLimitPartition.GetNoLimiter("none");
            });
            options.OnRejected = OnRejectedAsync;
        });
    }

    /// <summary>A password or a security code sent to be checked. Showing the forms is never limited.</summary>
    private static bool IsSignInAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && (context.Request.Path.StartsWithSegments("/account/sign-in") || context.Request.Path.StartsWithSegments("/account/two-factor"));

    /// <summary>The key itself identifies the caller before it is checked; only a hash of it is kept in memory.</summary>
    private static string ApiCaller(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.Length == 0
            ? "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown")
            : "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(header)));
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (context.IsApi())
        {
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: "This API key has sent too many requests this minute. Wait for the number of seconds in Retry-After, then send the request again.")
                .ExecuteAsync(context);
        }

        // Pages: the status-code page re-executes /error?status=429, which shows the GOV.UK page.
    }
}
