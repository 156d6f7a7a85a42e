using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Api.Events;
using Tessera.Core.Modules.Api.Models;
using Tessera.Core.Processes;
using Tessera.Core.Security;

namespace Tessera.Core.Modules.Api.Services;

public sealed record IssuedApiKey(ApiKey Key, string Secret);

public sealed class ApiKeyService(TesseraDbContext db)
{
    private const string SecretPrefix = "tsk_";

    public async Task<IssuedApiKey> IssueAsync(Guid agencyId, string name, Guid actsAsId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var secret = SecretPrefix + SecretHasher.NewSecret();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            AgencyId = agencyId,
            Name = name,
            Prefix = secret[..10],
            KeyHash = SecretHasher.Hash(secret),
            ActsAsId = actsAsId,
            CreatedAt = process.Now,
        };
        db.ApiKeys.Add(key);
        process.Publish(new ApiKeyIssued(key.Id, agencyId));
        await process.CompleteAsync(db, cancellationToken);
        return new IssuedApiKey(key, secret);
    }

    public async Task<ApiKey?> FindActiveAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = SecretHasher.Hash(secret);
        return await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken);
    }

    public async Task RevokeAsync(Guid keyId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var key = await db.ApiKeys.SingleAsync(k => k.Id == keyId && k.AgencyId == process.Actor.AgencyId, cancellationToken);
        if (key.RevokedAt is null)
        {
            key.RevokedAt = process.Now;
            process.Publish(new ApiKeyRevoked(key.Id));
            await process.CompleteAsync(db, cancellationToken);
        }
    }
}
