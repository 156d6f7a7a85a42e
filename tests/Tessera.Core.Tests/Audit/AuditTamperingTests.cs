using Microsoft.Data.Sqlite;
using Npgsql;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Audit;

/// <summary>
/// Randomised tampering, seeded so a failure can be replayed: a sealed, checkpointed log is built once, copied for
/// each case, and changed by an attacker without the signing key. Every change must be caught and named.
/// </summary>
public sealed class AuditTamperingTests
{
    private const int Seed = 20261124;

    [Fact]
    public async Task Five_hundred_and_fifty_random_tamperings_on_SQLite_are_all_detected()
    {
        var (template, key) = await BuildTemplateAsync(DatabaseProvider.Sqlite, new Random(Seed));
        var random = new Random(Seed + 1);
        var undetected = new List<string>();
        var kinds = Enum.GetValues<Tampering>();
        var cases = 0;
        foreach (var kind in kinds)
        {
            for (var i = 0; i < 50; i++)
            {
                var copy = CopySqlite(template);
                var description = await Attacker.ApplyAsync(copy, kind, random);
                undetected.AddRange(await CheckDetectedAsync(copy, key, kind, description));
                DeleteSqlite(copy);
                cases++;
            }
        }

        Assert.True(cases >= 500);
        Assert.True(undetected.Count == 0, $"{undetected.Count} of {cases} tamperings went unnoticed:\n{string.Join('\n', undetected)}");
    }

    [Fact]
    public async Task Sixty_untampered_random_SQLite_logs_always_verify()
    {
        var empty = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        SqliteConnection.ClearAllPools();
        var random = new Random(Seed + 2);
        using var key = AuditSigningKey.Generate();
        for (var i = 0; i < 60; i++)
        {
            var copy = CopySqlite(empty);
            await AuditLogs.BuildAsync(copy, key, random, rounds: random.Next(1, 4), entriesPerRound: random.Next(1, 60));
            var unsealed = random.Next(3);
            await AuditLogs.AddEntriesAsync(copy, random, AuditLogs.Clock(), unsealed);

            var result = await AuditLogs.VerifyAsync(copy, key.PublicKey, await AuditLogs.CheckpointsAsync(copy));

            Assert.True(result.Passed, $"log {i}: {result.Problem}");
            Assert.Equal(unsealed, result.UnsealedEntries);
            Assert.Equal(await AuditLogs.CountAsync(copy, "audit_seals"), result.ChainLength);
            DeleteSqlite(copy);
        }
    }

    [Fact]
    public async Task Tamperings_on_PostgreSQL_are_all_detected()
    {
        var (template, key) = await BuildTemplateAsync(DatabaseProvider.Postgres, new Random(Seed + 3));
        var random = new Random(Seed + 4);
        var undetected = new List<string>();
        var cases = 0;
        foreach (var kind in Enum.GetValues<Tampering>())
        {
            for (var i = 0; i < 3; i++)
            {
                var copy = await CopyPostgresAsync(template);
                var description = await Attacker.ApplyAsync(copy, kind, random);
                undetected.AddRange(await CheckDetectedAsync(copy, key, kind, description));
                cases++;
            }
        }

        Assert.Equal(33, cases);
        Assert.True(undetected.Count == 0, $"{undetected.Count} of {cases} tamperings went unnoticed:\n{string.Join('\n', undetected)}");
        var untouched = await CopyPostgresAsync(template);
        Assert.True((await AuditLogs.VerifyAsync(untouched, key.PublicKey)).Passed);
    }

    private static async Task<IEnumerable<string>> CheckDetectedAsync(DatabaseSettings copy, TamperKey key, Tampering kind, string description)
    {
        // Removing checkpoints along with the tail can only be caught against checkpoints kept elsewhere.
        var exported = kind == Tampering.TruncateWithCheckpoints ? key.Exported : null;
        var result = await AuditLogs.VerifyAsync(copy, key.PublicKey, exported);
        if (result.Passed)
        {
            return [$"{kind}: {description}"];
        }

        Assert.StartsWith("Audit log check failed at chain index ", result.Problem, StringComparison.Ordinal);
        return [];
    }

    private static async Task<(DatabaseSettings Template, TamperKey Key)> BuildTemplateAsync(DatabaseProvider provider, Random random)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        if (provider == DatabaseProvider.Postgres)
        {
            settings = settings with { ConnectionString = settings.ConnectionString + ";Pooling=false" };
        }

        var key = AuditSigningKey.Generate();
        await AuditLogs.BuildAsync(settings, key, random, rounds: 3, entriesPerRound: 80);
        var tamperKey = new TamperKey(key, await AuditLogs.CheckpointsAsync(settings));
        Assert.True((await AuditLogs.VerifyAsync(settings, key.PublicKey, tamperKey.Exported)).Passed);
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        return (settings, tamperKey);
    }

    private static DatabaseSettings CopySqlite(DatabaseSettings template)
    {
        var source = new SqliteConnectionStringBuilder(template.ConnectionString).DataSource;
        var target = Path.Combine(Path.GetDirectoryName(source)!, $"{Guid.NewGuid():N}.db");
        File.Copy(source, target);
        return template with { ConnectionString = $"Data Source={target};Pooling=False" };
    }

    private static void DeleteSqlite(DatabaseSettings copy)
    {
        var path = new SqliteConnectionStringBuilder(copy.ConnectionString).DataSource;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static async Task<DatabaseSettings> CopyPostgresAsync(DatabaseSettings template)
    {
        var source = new NpgsqlConnectionStringBuilder(template.ConnectionString);
        var name = $"tessera_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(TestDatabases.PostgresAdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE \"{source.Database}\"";
            await command.ExecuteNonQueryAsync();
        }

        source.Database = name;
        return template with { ConnectionString = source.ConnectionString };
    }

    private sealed record TamperKey(AuditSigningKey Signing, IReadOnlyList<Modules.Audit.Models.AuditCheckpoint> Exported)
    {
        public AuditPublicKey PublicKey => Signing.PublicKey;
    }
}
