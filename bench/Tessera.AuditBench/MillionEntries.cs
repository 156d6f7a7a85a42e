using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Services;

namespace Tessera.AuditBench;

/// <summary>Fills a fresh database with a million audit entries by bulk insert, then seals and checkpoints them.</summary>
internal static class MillionEntries
{
    public static async Task RunAsync(DatabaseSettings database, int count, string keyFile)
    {
        await using (var db = DatabaseRegistration.CreateContext(database))
        {
            await db.Database.MigrateAsync();
        }

        var stopwatch = Stopwatch.StartNew();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await InsertSqliteAsync(database, count);
        }
        else
        {
            await InsertPostgresAsync(database, count);
        }

        var inserted = stopwatch.Elapsed.TotalSeconds;
        using var key = AuditSigningKey.Generate();
        await File.WriteAllTextAsync(keyFile, key.ExportPrivateKeyPem());
        stopwatch.Restart();
        await using (var db = DatabaseRegistration.CreateContext(database))
        {
            var result = await new AuditSealer(db, TimeProvider.System, new AuditSettings(), key).SealAsync(forceCheckpoint: true);
            Console.WriteLine($"provider={database.Provider} entries={count} insert_seconds={inserted:F1} seal_seconds={stopwatch.Elapsed.TotalSeconds:F1} chain_length={result.ChainLength} seals_per_second={result.Sealed / stopwatch.Elapsed.TotalSeconds:F0}");
        }
    }

    private static readonly Func<DateTimeOffset, long> ToSqliteTime = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();

    private static async Task InsertSqliteAsync(DatabaseSettings database, int count)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var random = new Random(1);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var done = 0; done < count;)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO audit_entries (\"At\", \"Action\", \"ActorKind\", \"ActorId\", \"ActorAgencyId\", \"SubjectType\", \"SubjectId\", \"ChildRecordId\", \"ProcessId\", \"Detail\") " +
                "VALUES ($at, $action, 1, $actor, $agency, 'child', $subject, $subject, NULL, $detail)";
            var at = command.Parameters.Add("$at", SqliteType.Integer);
            var action = command.Parameters.Add("$action", SqliteType.Integer);
            var actor = command.Parameters.Add("$actor", SqliteType.Text);
            var agency = command.Parameters.Add("$agency", SqliteType.Text);
            var subject = command.Parameters.Add("$subject", SqliteType.Text);
            var detail = command.Parameters.Add("$detail", SqliteType.Text);
            for (var i = 0; i < 50_000 && done < count; i++, done++)
            {
                at.Value = ToSqliteTime(start.AddMilliseconds(done * 30L));
                action.Value = random.Next(1, 16);
                actor.Value = Guid.NewGuid().ToString().ToUpperInvariant();
                agency.Value = Guid.NewGuid().ToString().ToUpperInvariant();
                subject.Value = Guid.NewGuid().ToString().ToUpperInvariant();
                detail.Value = $"{{\"process\":{random.Next(1, 700)}}}";
                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
    }

    private static async Task InsertPostgresAsync(DatabaseSettings database, int count)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var random = new Random(1);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY audit_entries (\"At\", \"Action\", \"ActorKind\", \"ActorId\", \"ActorAgencyId\", \"SubjectType\", \"SubjectId\", \"ChildRecordId\", \"Detail\") FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            var subject = Guid.NewGuid();
            await writer.StartRowAsync();
            await writer.WriteAsync(start.AddMilliseconds(i * 30L), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(random.Next(1, 16), NpgsqlDbType.Integer);
            await writer.WriteAsync(1, NpgsqlDbType.Integer);
            await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await writer.WriteAsync("child", NpgsqlDbType.Varchar);
            await writer.WriteAsync(subject, NpgsqlDbType.Uuid);
            await writer.WriteAsync(subject, NpgsqlDbType.Uuid);
            await writer.WriteAsync($"{{\"process\":{random.Next(1, 700)}}}", NpgsqlDbType.Varchar);
        }

        await writer.CompleteAsync();
    }
}
