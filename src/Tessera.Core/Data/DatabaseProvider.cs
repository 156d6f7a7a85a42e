namespace Tessera.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
