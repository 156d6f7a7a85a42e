using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tessera.Core.Data;

namespace Tessera.TestSupport;

/// <summary>
/// Creates empty, migrated databases for tests on either provider. PostgreSQL comes from the server scripts/test starts;
/// when it is missing the test fails with a message saying how to start it, rather than being skipped.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "TESSERA_TEST_POSTGRES";

    public static string PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with scripts/test, which installs and starts PostgreSQL, " +
                "or set it to a connection string for a user that can create databases.");

    public static async Task<DatabaseSettings> CreateAsync(DatabaseProvider provider)
    {
        DatabaseSettings settings;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "tessera-tests");
            Directory.CreateDirectory(folder);
            settings = new DatabaseSettings(provider, $"Data Source={Path.Combine(folder, $"{Guid.NewGuid():N}.db")};Pooling=False");
        }
        else
        {
            var name = $"tessera_test_{Guid.NewGuid():N}";
            var admin = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString);
            await using (var connection = new NpgsqlConnection(admin.ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"CREATE DATABASE \"{name}\"";
                await command.ExecuteNonQueryAsync();
            }

            admin.Database = name;
            settings = new DatabaseSettings(provider, admin.ConnectionString);
        }

        await using var db = DatabaseRegistration.CreateContext(settings);
        await db.Database.MigrateAsync();
        return settings;
    }

    public static IEnumerable<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];
}
