using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Processes;

namespace Tessera.Core.Tests.Audit;

/// <summary>Builds audit logs of random (synthetic, id-only) entries, sealed in rounds with a signed checkpoint after each.</summary>
internal static class AuditLogs
{
    private static readonly string?[] SubjectTypes = [null, "child", "concern", "practitioner", "route", "inbox-item"];

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    public static AuditEntry RandomEntry(Random random, DateTimeOffset at) => new()
    {
        At = at,
        Action = (AuditAction)random.Next(1, 16),
        ActorKind = (ActorKind)random.Next(0, 3),
        ActorId = MaybeGuid(random),
        ActorAgencyId = MaybeGuid(random),
        SubjectType = SubjectTypes[random.Next(SubjectTypes.Length)],
        SubjectId = MaybeGuid(random),
        ChildRecordId = MaybeGuid(random),
        EmergencyAccessId = random.Next(10) == 0 ? MaybeGuid(random) : null,
        ProcessId = MaybeGuid(random),
        Detail = random.Next(4) switch
        {
            0 => null,
            1 => "",
            2 => $"{{\"process\":{random.Next(1, 700)},\"events\":[{random.Next(1, 700)}]}}",
            _ => $"{{\"terms\":[\"surname:{random.Next():x8}\"],\"note\":\"café ✓\"}}",
        },
    };

    private static Guid? MaybeGuid(Random random)
    {
        if (random.Next(5) == 0)
        {
            return null;
        }

        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>Adds <paramref name="count"/> random entries, committed in a few SaveChanges calls.</summary>
    public static async Task AddEntriesAsync(DatabaseSettings settings, Random random, FakeTimeProvider clock, int count)
    {
        await using var db = DatabaseRegistration.CreateContext(settings);
        for (var i = 0; i < count; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(random.Next(1, 5000)) + TimeSpan.FromTicks(random.Next(0, 10_000)));
            db.AuditEntries.Add(RandomEntry(random, clock.GetUtcNow()));
            if (random.Next(8) == 0)
            {
                await db.SaveChangesAsync();
            }
        }

        await db.SaveChangesAsync();
    }

    public static async Task<AuditSealResult> SealAsync(DatabaseSettings settings, FakeTimeProvider clock, AuditSigningKey? key, bool checkpoint = true, int batchSize = 37)
    {
        await using var db = DatabaseRegistration.CreateContext(settings);
        var sealer = new AuditSealer(db, clock, new AuditSettings(), key) { BatchSize = batchSize };
        return await sealer.SealAsync(forceCheckpoint: checkpoint);
    }

    /// <summary>A sealed log of <paramref name="rounds"/> rounds, each ending in a signed checkpoint.</summary>
    public static async Task BuildAsync(DatabaseSettings settings, AuditSigningKey key, Random random, int rounds, int entriesPerRound)
    {
        var clock = Clock();
        for (var round = 0; round < rounds; round++)
        {
            await AddEntriesAsync(settings, random, clock, entriesPerRound);
            await SealAsync(settings, clock, key, batchSize: random.Next(7, 60));
        }
    }

    public static async Task<AuditVerification> VerifyAsync(DatabaseSettings settings, AuditPublicKey? key, IReadOnlyList<AuditCheckpoint>? exported = null)
    {
        await using var db = DatabaseRegistration.CreateContext(settings);
        return await new AuditVerifier(db).VerifyAsync(key, exported);
    }

    public static async Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(DatabaseSettings settings)
    {
        await using var db = DatabaseRegistration.CreateContext(settings);
        return await new AuditVerifier(db).CheckpointsAsync();
    }

    public static async Task<long> CountAsync(DatabaseSettings settings, string table)
    {
        await using var db = DatabaseRegistration.CreateContext(settings);
        return table switch
        {
            "audit_seals" => await db.AuditSeals.LongCountAsync(),
            "audit_checkpoints" => await db.AuditCheckpoints.LongCountAsync(),
            _ => await db.AuditEntries.LongCountAsync(),
        };
    }
}
