using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Tessera.Core.Data;

namespace Tessera.Core.Seeding;

/// <summary>
/// Writes entities with PostgreSQL's binary COPY, an order of magnitude faster than INSERT statements for the
/// million-row seed. Tables, columns, types and value conversions all come from the EF model, so the rows are
/// exactly what SaveChanges would write. Runs inside the context's current transaction.
/// </summary>
internal static class PostgresBulkCopy
{
    public static async Task WriteAsync<T>(TesseraDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var (table, properties, getters) = MappedTable.For<T>(db);
        var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        var target = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        var typeNames = properties.Select(p => WithoutFacets(p.GetColumnType(table))).ToArray();
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToArray();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < properties.Length; i++)
            {
                var value = getters[i].GetClrValue(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                    continue;
                }

                if (converters[i] is { } converter)
                {
                    value = converter.ConvertToProvider(value)!;
                }

                await importer.WriteAsync(value, typeNames[i], cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string WithoutFacets(string columnType)
    {
        var bracket = columnType.IndexOf('(', StringComparison.Ordinal);
        return bracket < 0 ? columnType : columnType[..bracket].TrimEnd();
    }
}
