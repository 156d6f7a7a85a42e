using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Tessera.Core.Data;

namespace Tessera.Core.Seeding;

/// <summary>
/// Writes entities to SQLite with one prepared INSERT reused for every row: several times faster than SaveChanges
/// for the million-row seed. Tables, columns and value conversions come from the EF model (through each column's
/// type mapping), so the stored values are exactly what SaveChanges would store. Runs in the current transaction.
/// </summary>
internal static class SqliteBulkInsert
{
    public static async Task WriteAsync<T>(TesseraDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var (table, properties, getters) = MappedTable.For<T>(db);
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))})";

        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < properties.Length; i++)
            {
                // The type mapping converts the value (enums to numbers, times to the stored form) and sets the parameter type.
                DbParameter parameter = mappings[i].CreateParameter(command, $"@p{i}", getters[i].GetClrValue(row), nullable: true);
                command.Parameters.Add(parameter);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
