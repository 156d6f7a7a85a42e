using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Api.Models;

namespace Tessera.Web.Api;

/// <summary>
/// Makes POSTs safe to retry: the same Idempotency-Key replays the first response, and the same key with a different
/// body is refused with 422. The record is written in the same transaction as the change it describes.
/// </summary>
public sealed class IdempotentRequests(TesseraDbContext db, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Response(int StatusCode, object? Body, string? Location);

    public async Task<IResult> RunAsync(HttpContext http, Guid apiKeyId, object request, Func<Task<Response>> action)
    {
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return ToResult(await action());
        }

        if (key.Length > 200)
        {
            return Results.Problem(statusCode: 400, title: "Idempotency-Key is too long", detail: "Use a key of 200 characters or fewer, such as a UUID.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), Json)));
        var existing = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ApiKeyId == apiKeyId && r.Key == key, http.RequestAborted);
        if (existing is not null)
        {
            return Replay(existing, hash);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        var response = await action();
        if (response.StatusCode is >= 200 and < 300)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                ApiKeyId = apiKeyId,
                Key = key,
                RequestHash = hash,
                StatusCode = response.StatusCode,
                ResponseBody = JsonSerializer.Serialize(response.Body, Json),
                Location = response.Location,
                CreatedAt = clock.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(http.RequestAborted);
            }
            catch (DbUpdateException)
            {
                // Another request with the same key won the race: undo ours and answer as it did.
                await transaction.RollbackAsync(http.RequestAborted);
                db.ChangeTracker.Clear();
                var winner = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.ApiKeyId == apiKeyId && r.Key == key, http.RequestAborted);
                return Replay(winner, hash);
            }
        }

        await transaction.CommitAsync(http.RequestAborted);
        return ToResult(response);
    }

    private static IResult Replay(IdempotencyRecord record, string hash) =>
        record.RequestHash != hash
            ? Results.Problem(
                statusCode: 422,
                title: "Idempotency-Key already used with a different request",
                detail: "This key was first used with a different body. Use a new key for a new request.")
            : new ReplayedResult(record);

    private static IResult ToResult(Response response)
    {
        var json = Results.Json(response.Body, Json, contentType: response.Body is Microsoft.AspNetCore.Mvc.ProblemDetails ? "application/problem+json" : null, statusCode: response.StatusCode);
        return response.Location is null ? json : new LocatedResult(json, response.Location);
    }

    private sealed class LocatedResult(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }

    private sealed class ReplayedResult(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = record.StatusCode;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (record.Location is not null)
            {
                httpContext.Response.Headers.Location = record.Location;
            }

            await httpContext.Response.WriteAsync(record.ResponseBody);
        }
    }
}
