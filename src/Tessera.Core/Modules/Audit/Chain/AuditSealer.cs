using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;

namespace Tessera.Core.Modules.Audit.Chain;

/// <summary>What one run of the sealer did.</summary>
public sealed record AuditSealResult(long Sealed, long ChainLength, AuditCheckpoint? Checkpoint);

/// <summary>
/// Gives committed audit entries their place in the hash chain, in batches, one transaction per batch, and signs a
/// checkpoint of the chain head when one is due. Safe to run in several processes at once: PostgreSQL serialises
/// sealers with a transaction-scoped advisory lock, SQLite with its single writer (queued in-process by
/// <see cref="SqliteWriteGate"/>). Why sealing is not done in the writer's own transaction: docs/adr/0003-audit-chain.md.
/// </summary>
public sealed class AuditSealer(TesseraDbContext db, TimeProvider clock, AuditSettings settings, AuditSigningKey? signingKey)
{
    public const int DefaultBatchSize = 5000;

    /// <summary>
    /// On PostgreSQL an entry can commit after entries with higher ids were sealed. Each run looks this far below the
    /// highest sealed id for such late entries; a full sweep (at start-up and with every checkpoint) finds any older.
    /// </summary>
    public const long LateEntryWindow = 10_000;

    private const long AdvisoryLockKey = 0x7465_7373_6175_6474; // "tessaudt"
    private static readonly Func<DateTimeOffset, long> ToSqliteTime = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();

    private readonly bool _sqlite = db.Database.IsSqlite();

    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Seals every committed unsealed entry, then makes a checkpoint if one is due (or forced and anything is unsigned).</summary>
    public async Task<AuditSealResult> SealAsync(bool forceCheckpoint = false, bool fullSweep = false, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            long total = 0;
            long? floor = null;
            while (true)
            {
                var (count, lastId) = await SealBatchAsync(connection, floor, fullSweep || forceCheckpoint, cancellationToken);
                total += count;
                if (count < BatchSize)
                {
                    break;
                }

                floor = lastId;
            }

            var (length, checkpoint) = await CheckpointAsync(connection, forceCheckpoint, cancellationToken);
            return new AuditSealResult(total, length, checkpoint);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<(int Count, long LastId)> SealBatchAsync(DbConnection connection, long? floor, bool fullSweep, CancellationToken cancellationToken)
    {
        using var gate = _sqlite ? await SqliteWriteGate.EnterAsync(connection, cancellationToken) : null;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);

        var (headIndex, headHash, maxEntryId) = await ReadHeadAsync(connection, transaction, cancellationToken);
        var from = floor ?? (fullSweep ? 0 : Math.Max(0, maxEntryId - LateEntryWindow));
        var entries = await ReadUnsealedAsync(connection, transaction, from, cancellationToken);
        if (entries.Count == 0)
        {
            return (0, from);
        }

        var seals = new List<AuditSeal>(entries.Count);
        var buffer = new ByteBuffer();
        var previous = headHash;
        foreach (var entry in entries)
        {
            var hash = new byte[AuditSeal.HashLength];
            AuditCanonical.Hash(previous, entry, ++headIndex, buffer, hash);
            seals.Add(new AuditSeal { ChainIndex = headIndex, EntryId = entry.Id, Hash = hash });
            previous = hash;
        }

        await InsertSealsAsync(connection, transaction, seals, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (entries.Count, entries[^1].Id);
    }

    private async Task<(long Length, AuditCheckpoint? Checkpoint)> CheckpointAsync(DbConnection connection, bool force, CancellationToken cancellationToken)
    {
        using var gate = _sqlite ? await SqliteWriteGate.EnterAsync(connection, cancellationToken) : null;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        var (headIndex, headHash, _) = await ReadHeadAsync(connection, transaction, cancellationToken);
        if (signingKey is null || headIndex == 0)
        {
            return (headIndex, null);
        }

        long lastIndex = 0;
        DateTimeOffset? lastAt = null;
        await using (var command = Command(connection, transaction, "SELECT \"ChainIndex\", \"SignedAt\" FROM audit_checkpoints ORDER BY \"ChainIndex\" DESC LIMIT 1"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                lastIndex = reader.GetInt64(0);
                lastAt = AuditRows.ReadTime(reader, 1, _sqlite);
            }
        }

        var now = clock.GetUtcNow();
        var due = force || lastAt is null || now - lastAt.Value >= settings.CheckpointInterval;
        if (headIndex <= lastIndex || !due)
        {
            return (headIndex, null);
        }

        var checkpoint = AuditCheckpointSigning.Create(signingKey, headIndex, headHash, now);
        await using (var insert = Command(connection, transaction,
            "INSERT INTO audit_checkpoints (\"ChainIndex\", \"HeadHash\", \"SignedAt\", \"KeyId\", \"PublicKey\", \"Signature\") VALUES (@i, @h, @t, @k, @p, @s)"))
        {
            AuditRows.Parameter(insert, "@i", checkpoint.ChainIndex);
            AuditRows.Parameter(insert, "@h", checkpoint.HeadHash);
            AuditRows.Parameter(insert, "@t", _sqlite ? ToSqliteTime(checkpoint.SignedAt) : checkpoint.SignedAt);
            AuditRows.Parameter(insert, "@k", checkpoint.KeyId);
            AuditRows.Parameter(insert, "@p", checkpoint.PublicKey);
            AuditRows.Parameter(insert, "@s", checkpoint.Signature);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (headIndex, checkpoint);
    }

    private async Task LockAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (!_sqlite)
        {
            await using var command = Command(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<(long Index, byte[] Hash, long MaxEntryId)> ReadHeadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        long index = 0;
        var hash = AuditCanonical.GenesisHash;
        await using (var command = Command(connection, transaction, "SELECT \"ChainIndex\", \"Hash\" FROM audit_seals ORDER BY \"ChainIndex\" DESC LIMIT 1"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                index = reader.GetInt64(0);
                hash = (byte[])reader.GetValue(1);
            }
        }

        await using var max = Command(connection, transaction, "SELECT COALESCE(MAX(\"EntryId\"), 0) FROM audit_seals");
        var maxEntryId = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return (index, hash, maxEntryId);
    }

    private async Task<List<AuditEntry>> ReadUnsealedAsync(DbConnection connection, DbTransaction transaction, long after, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            $"SELECT {AuditRows.EntryColumns("e")} FROM audit_entries e WHERE e.\"Id\" > @after " +
            "AND NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.\"EntryId\" = e.\"Id\") ORDER BY e.\"Id\" LIMIT @limit");
        AuditRows.Parameter(command, "@after", after);
        AuditRows.Parameter(command, "@limit", BatchSize);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(AuditRows.ReadEntry(reader, 0, _sqlite));
        }

        return entries;
    }

    private async Task InsertSealsAsync(DbConnection connection, DbTransaction transaction, List<AuditSeal> seals, CancellationToken cancellationToken)
    {
        if (connection is NpgsqlConnection npgsql)
        {
            await using var writer = await npgsql.BeginBinaryImportAsync(
                "COPY audit_seals (\"ChainIndex\", \"EntryId\", \"Hash\") FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var seal in seals)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(seal.ChainIndex, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(seal.EntryId, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(seal.Hash, NpgsqlDbType.Bytea, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
            return;
        }

        // SQLite: multi-row INSERTs, well under its limit of 32,766 parameters per statement.
        const int rowsPerStatement = 500;
        foreach (var chunk in seals.Chunk(rowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO audit_seals (\"ChainIndex\", \"EntryId\", \"Hash\") VALUES ");
            await using var command = Command(connection, transaction, "");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append($"(@c{i}, @e{i}, @h{i})");
                AuditRows.Parameter(command, $"@c{i}", chunk[i].ChainIndex);
                AuditRows.Parameter(command, $"@e{i}", chunk[i].EntryId);
                AuditRows.Parameter(command, $"@h{i}", chunk[i].Hash);
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
