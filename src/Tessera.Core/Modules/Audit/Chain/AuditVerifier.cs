using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Models;

namespace Tessera.Core.Modules.Audit.Chain;

/// <summary>The outcome of checking the audit log. <see cref="Problem"/> names the first bad entry or checkpoint.</summary>
public sealed record AuditVerification(bool Passed, string? Problem, long ChainLength, long UnsealedEntries, int CheckpointsChecked, string KeyNote)
{
    public string Summary => Passed
        ? $"Audit log verified: {ChainLength:N0} sealed entries, {CheckpointsChecked:N0} signed checkpoints, {UnsealedEntries:N0} entries not sealed yet. {KeyNote}"
        : Problem!;
}

/// <summary>
/// Recomputes the hash chain from the database and checks every checkpoint: chain indexes 1..N without gaps, each
/// seal's entry present and sealed once, every hash, every signature, each checkpoint's head hash against the chain,
/// and that the chain is not shorter than the newest checkpoint. Streams rows with a data reader (no EF tracking) so
/// a million entries take seconds.
/// </summary>
public sealed class AuditVerifier(TesseraDbContext db)
{
    /// <summary>
    /// Checks the log. Signatures are checked against <paramref name="trustedKey"/> when given; otherwise against the
    /// key stored with each checkpoint, which the result then says (that only proves the checkpoints match each other).
    /// Checkpoints in <paramref name="exported"/> (from an earlier export) must still be in the database and match.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(AuditPublicKey? trustedKey, IReadOnlyList<AuditCheckpoint>? exported = null, CancellationToken cancellationToken = default)
    {
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await BeginReadAsync(connection, cancellationToken);
            var stored = await ReadCheckpointsAsync(connection, transaction, sqlite, cancellationToken);
            var keyNote = trustedKey is null
                ? "Checkpoint signatures were checked against the public key stored with them, not a key you supplied: pass --public-key to check against the key you trust."
                : $"Checkpoint signatures were checked against key {trustedKey.KeyId[..16]}.";

            var failure = CheckSignatures(stored, trustedKey, "checkpoint") ?? CheckExported(stored, exported, trustedKey);
            var checkpoints = stored.Concat(exported ?? []).GroupBy(c => c.ChainIndex).ToDictionary(g => g.Key, g => g.ToList());
            var newest = checkpoints.Count == 0 ? 0 : checkpoints.Keys.Max();

            var (length, chainFailure, sealedEntries) = failure is null
                ? await CheckChainAsync(connection, transaction, sqlite, checkpoints, cancellationToken)
                : (0, null, 0);
            failure ??= chainFailure;
            if (failure is null && length < newest)
            {
                failure = $"Audit log check failed at chain index {length + 1:N0}: the chain ends at {length:N0} but a signed checkpoint covers {newest:N0} — entries were removed from the end.";
            }

            await using var count = connection.CreateCommand();
            count.Transaction = transaction;
            count.CommandText = "SELECT COUNT(*) FROM audit_entries";
            var entries = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            var unsealed = Math.Max(0, entries - sealedEntries);
            return new AuditVerification(failure is null, failure, length, failure is null ? unsealed : 0, checkpoints.Count, keyNote);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string? CheckSignatures(IEnumerable<AuditCheckpoint> checkpoints, AuditPublicKey? trustedKey, string what)
    {
        foreach (var checkpoint in checkpoints.OrderBy(c => c.ChainIndex))
        {
            var key = trustedKey ?? AuditPublicKey.FromSubjectPublicKeyInfo(checkpoint.PublicKey);
            if (key is null || !AuditCheckpointSigning.Verify(key, checkpoint))
            {
                var reason = trustedKey is not null && checkpoint.KeyId != trustedKey.KeyId
                    ? $"was signed by another key ({Short(checkpoint.KeyId)}), not the trusted key ({Short(trustedKey.KeyId)})"
                    : "has a signature that does not verify";
                return $"Audit log check failed at chain index {checkpoint.ChainIndex:N0}: the {what} {reason} — it was forged or changed, or the key is wrong.";
            }
        }

        return null;
    }

    private static string? CheckExported(List<AuditCheckpoint> stored, IReadOnlyList<AuditCheckpoint>? exported, AuditPublicKey? trustedKey)
    {
        if (exported is null)
        {
            return null;
        }

        if (CheckSignatures(exported, trustedKey, "exported checkpoint") is { } failure)
        {
            return failure;
        }

        foreach (var checkpoint in exported.OrderBy(c => c.ChainIndex))
        {
            if (!stored.Any(s => s.ChainIndex == checkpoint.ChainIndex && s.Signature.AsSpan().SequenceEqual(checkpoint.Signature)))
            {
                return $"Audit log check failed at chain index {checkpoint.ChainIndex:N0}: the exported checkpoint at this index is missing from the database — checkpoints were removed.";
            }
        }

        return null;
    }

    private static async Task<(long Length, string? Failure, long SealedEntries)> CheckChainAsync(DbConnection connection, DbTransaction transaction, bool sqlite,
        Dictionary<long, List<AuditCheckpoint>> checkpoints, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT s.\"ChainIndex\", s.\"EntryId\", s.\"Hash\", {AuditRows.EntryColumns("e")} " +
            "FROM audit_seals s LEFT JOIN audit_entries e ON e.\"Id\" = s.\"EntryId\" ORDER BY s.\"ChainIndex\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var seen = new HashSet<long>();
        var buffer = new ByteBuffer();
        var previous = new byte[AuditSeal.HashLength];
        var computed = new byte[AuditSeal.HashLength];
        long expected = 0;
        // Synchronous reads: a million awaits of rows that are already buffered cost more than the hashing.
        while (reader.Read())
        {
            expected++;
            var index = reader.GetInt64(0);
            var entryId = reader.GetInt64(1);
            string At() => $"Audit log check failed at chain index {expected:N0} (entry {entryId})";
            if (index != expected)
            {
                return (expected - 1, index > expected
                    ? $"Audit log check failed at chain index {expected:N0}: it is missing (the next seal is {index:N0}) — a seal was removed."
                    : $"{At()}: the chain index {index:N0} is out of order — seals were changed.", 0);
            }

            if (!seen.Add(entryId))
            {
                return (expected - 1, $"{At()}: the entry is sealed twice — seals were copied or changed.", 0);
            }

            if (reader.IsDBNull(3))
            {
                return (expected - 1, $"{At()}: the entry is missing — it was removed.", 0);
            }

            var entry = AuditRows.ReadEntry(reader, 3, sqlite);
            AuditCanonical.Hash(previous, entry, index, buffer, computed);
            var stored = (byte[])reader.GetValue(2);
            if (!computed.AsSpan().SequenceEqual(stored))
            {
                return (expected - 1, $"{At()}: its hash does not match — the entry was changed, removed or moved.", 0);
            }

            if (checkpoints.TryGetValue(index, out var signed) && signed.Any(c => !c.HeadHash.AsSpan().SequenceEqual(computed)))
            {
                return (expected - 1, $"{At()}: the chain differs from the signed checkpoint at this index — the chain was rewritten.", 0);
            }

            (previous, computed) = (computed, previous);
        }

        return (expected, null, seen.Count);
    }

    private static async Task<List<AuditCheckpoint>> ReadCheckpointsAsync(DbConnection connection, DbTransaction transaction, bool sqlite, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT \"Id\", \"ChainIndex\", \"HeadHash\", \"SignedAt\", \"KeyId\", \"PublicKey\", \"Signature\" FROM audit_checkpoints ORDER BY \"ChainIndex\", \"Id\"";
        var checkpoints = new List<AuditCheckpoint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checkpoints.Add(new AuditCheckpoint
            {
                Id = reader.GetInt64(0),
                ChainIndex = reader.GetInt64(1),
                HeadHash = (byte[])reader.GetValue(2),
                SignedAt = AuditRows.ReadTime(reader, 3, sqlite),
                KeyId = reader.GetString(4),
                PublicKey = (byte[])reader.GetValue(5),
                Signature = (byte[])reader.GetValue(6),
            });
        }

        return checkpoints;
    }

    /// <summary>Every checkpoint, for export.</summary>
    public async Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(CancellationToken cancellationToken = default)
    {
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await BeginReadAsync(connection, cancellationToken);
            return await ReadCheckpointsAsync(connection, transaction, sqlite, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>One snapshot for the whole check, without blocking writers (SQLite: a deferred read transaction).</summary>
    private static async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    private static string Short(string keyId) => keyId.Length > 16 ? keyId[..16] : keyId;
}
