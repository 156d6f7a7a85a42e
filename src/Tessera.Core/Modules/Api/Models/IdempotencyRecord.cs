namespace Tessera.Core.Modules.Api.Models;

/// <summary>The first response to a POST with an Idempotency-Key, replayed when the same key is sent again.</summary>
public class IdempotencyRecord
{
    public Guid ApiKeyId { get; set; }
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public int StatusCode { get; set; }
    public required string ResponseBody { get; set; }
    public string? Location { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
