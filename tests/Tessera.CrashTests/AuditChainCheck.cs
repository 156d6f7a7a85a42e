using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Services;

namespace Tessera.CrashTests;

/// <summary>Seals what the killed server left unsealed, as the next start would, and verifies the whole chain.</summary>
public static class AuditChainCheck
{
    /// <summary>Null when the chain verifies; otherwise the verifier's one-line finding.</summary>
    public static async Task<string?> SealAndVerifyAsync(DatabaseSettings database, string signingKeyFile, CancellationToken cancellation)
    {
        using var key = AuditSigningKey.FromFile(signingKeyFile);
        await using (var db = DatabaseRegistration.CreateContext(database))
        {
            var sealer = new AuditSealer(db, TimeProvider.System, new AuditSettings(), key);
            await sealer.SealAsync(forceCheckpoint: true, fullSweep: true, cancellationToken: cancellation);
        }

        await using var verifyDb = DatabaseRegistration.CreateContext(database);
        var result = await new AuditVerifier(verifyDb).VerifyAsync(key.PublicKey, cancellationToken: cancellation);
        return result.Passed && result.UnsealedEntries == 0 ? null : result.Summary;
    }
}
