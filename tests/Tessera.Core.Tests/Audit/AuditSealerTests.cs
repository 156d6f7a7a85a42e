using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Tests.Data;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Audit;

public class AuditSealerTests
{
    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Seals_entries_in_id_order_and_the_chain_verifies(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var clock = AuditLogs.Clock();
        using var key = AuditSigningKey.Generate();
        await AuditLogs.AddEntriesAsync(settings, new Random(1), clock, 120);

        var result = await AuditLogs.SealAsync(settings, clock, key, checkpoint: false, batchSize: 50);

        Assert.Equal(120, result.Sealed);
        Assert.Equal(120, result.ChainLength);
        Assert.NotNull(result.Checkpoint);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var seals = await db.AuditSeals.OrderBy(s => s.ChainIndex).ToListAsync(TestContext.Current.CancellationToken);
        var ids = await db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(1, 120).Select(i => (long)i), seals.Select(s => s.ChainIndex));
        Assert.Equal(ids, seals.Select(s => s.EntryId));
        var verification = await AuditLogs.VerifyAsync(settings, key.PublicKey);
        Assert.True(verification.Passed, verification.Problem);
        Assert.Equal(1, verification.CheckpointsChecked);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_checkpoint_is_signed_when_the_interval_has_passed_and_something_new_was_sealed(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var clock = AuditLogs.Clock();
        using var key = AuditSigningKey.Generate();
        var random = new Random(2);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var sealer = new AuditSealer(db, clock, new AuditSettings { CheckpointInterval = TimeSpan.FromMinutes(5) }, key);

        await AuditLogs.AddEntriesAsync(settings, random, clock, 3);
        var first = await sealer.SealAsync();
        await AuditLogs.AddEntriesAsync(settings, random, clock, 3);
        clock.SetUtcNow(first.Checkpoint!.SignedAt.AddMinutes(4));
        var tooSoon = await sealer.SealAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        var due = await sealer.SealAsync();
        var nothingNew = await sealer.SealAsync(forceCheckpoint: true);

        Assert.Equal(3, first.Checkpoint.ChainIndex);
        Assert.Null(tooSoon.Checkpoint);
        Assert.Equal(3, tooSoon.Sealed);
        Assert.Equal(6, due.Checkpoint?.ChainIndex);
        Assert.Null(nothingNew.Checkpoint);
        Assert.Equal(2, await db.AuditCheckpoints.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Two_sealers_at_once_seal_each_entry_exactly_once(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var clock = AuditLogs.Clock();
        using var key = AuditSigningKey.Generate();
        await AuditLogs.AddEntriesAsync(settings, new Random(3), clock, 1500);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var db = DatabaseRegistration.CreateContext(settings);
            return await new AuditSealer(db, clock, new AuditSettings(), key) { BatchSize = 40 }.SealAsync(forceCheckpoint: true);
        }));

        Assert.Equal(1500, results.Sum(r => r.Sealed));
        var verification = await AuditLogs.VerifyAsync(settings, key.PublicKey);
        Assert.True(verification.Passed, verification.Problem);
        Assert.Equal(1500, verification.ChainLength);
        Assert.Equal(0, verification.UnsealedEntries);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task An_entry_that_commits_after_higher_ids_were_sealed_still_joins_the_chain(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var clock = AuditLogs.Clock();
        using var key = AuditSigningKey.Generate();
        var random = new Random(4);
        await using var db = DatabaseRegistration.CreateContext(settings);
        foreach (var id in new long[] { 100, 101, 102 })
        {
            db.AuditEntries.Add(WithId(AuditLogs.RandomEntry(random, clock.GetUtcNow()), id));
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await AuditLogs.SealAsync(settings, clock, key);
        db.AuditEntries.Add(WithId(AuditLogs.RandomEntry(random, clock.GetUtcNow()), 50));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var late = await AuditLogs.SealAsync(settings, clock, key, checkpoint: false);

        Assert.Equal(1, late.Sealed);
        Assert.Equal(50, (await db.AuditSeals.SingleAsync(s => s.ChainIndex == 4, TestContext.Current.CancellationToken)).EntryId);
        Assert.True((await AuditLogs.VerifyAsync(settings, key.PublicKey)).Passed);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Entries_not_sealed_yet_are_counted_not_reported_as_tampering(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var clock = AuditLogs.Clock();
        using var key = AuditSigningKey.Generate();
        var random = new Random(5);
        await AuditLogs.AddEntriesAsync(settings, random, clock, 10);
        await AuditLogs.SealAsync(settings, clock, key);
        await AuditLogs.AddEntriesAsync(settings, random, clock, 4);

        var result = await AuditLogs.VerifyAsync(settings, key.PublicKey);

        Assert.True(result.Passed, result.Problem);
        Assert.Equal(10, result.ChainLength);
        Assert.Equal(4, result.UnsealedEntries);
        Assert.Contains("4 entries not sealed yet", result.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_database_refuses_to_change_or_remove_audit_rows(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var clock = AuditLogs.Clock();
        using var key = AuditSigningKey.Generate();
        await AuditLogs.AddEntriesAsync(settings, new Random(6), clock, 2);
        await AuditLogs.SealAsync(settings, clock, key);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var statements = new[]
        {
            "UPDATE audit_entries SET \"Detail\" = 'x'", "DELETE FROM audit_entries",
            "UPDATE audit_seals SET \"EntryId\" = 9", "DELETE FROM audit_seals",
            "UPDATE audit_checkpoints SET \"ChainIndex\" = 1", "DELETE FROM audit_checkpoints",
        };

        foreach (var sql in statements)
        {
            var error = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken));
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        }

        Assert.True((await AuditLogs.VerifyAsync(settings, key.PublicKey)).Passed);
    }

    private static AuditEntry WithId(AuditEntry entry, long id)
    {
        entry.Id = id;
        return entry;
    }
}
