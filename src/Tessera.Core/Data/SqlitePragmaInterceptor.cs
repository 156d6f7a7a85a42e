using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tessera.Core.Data;

/// <summary>
/// WAL lets readers carry on while one writer commits; synchronous=FULL makes a commit survive power loss,
/// which matters more to a safeguarding record than write speed. WAL is a property of the file, so it is set
/// once per database per process; the other settings belong to each connection.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string ConnectionPragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
    private static readonly ConcurrentDictionary<string, bool> WalSet = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Pragmas(DbConnection connection) =>
        WalSet.TryAdd(connection.DataSource, true) ? "PRAGMA journal_mode=WAL; " + ConnectionPragmas : ConnectionPragmas;
}
