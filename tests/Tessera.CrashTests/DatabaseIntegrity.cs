using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;

namespace Tessera.CrashTests;

/// <summary>The database engines' own consistency checks: SQLite's integrity_check and PostgreSQL's amcheck on every B-tree index.</summary>
public static class DatabaseIntegrity
{
    /// <summary>Null when the database is sound; otherwise what the engine reported.</summary>
    public static async Task<string?> CheckAsync(DatabaseSettings database, CancellationToken cancellation)
    {
        await using var db = DatabaseRegistration.CreateContext(database);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var result = await ScalarAsync(connection, "PRAGMA integrity_check", cancellation);
            return result == "ok" ? null : result;
        }

        await ScalarAsync(connection, "CREATE EXTENSION IF NOT EXISTS amcheck", cancellation);
        // bt_index_check raises an error on the first corrupt index; heapallindexed also checks every row is indexed.
        await ScalarAsync(connection, """
            SELECT count(*) FROM (
            SELECT bt_index_check(c.oid, true)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_am a ON a.oid = c.relam
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE a.amname = 'btree' AND n.nspname = 'public') AS checked
            """, cancellation);
        return null;
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(cancellation))?.ToString();
    }
}
