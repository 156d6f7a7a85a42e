namespace Tessera.Core.Data;

/// <summary>Which database Tessera uses, read from configuration or from a CLI argument.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnectionString = "Data Source=data/tessera.db";

    public static string MigrationsAssemblyFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Tessera.Migrations.Sqlite",
        DatabaseProvider.Postgres => "Tessera.Migrations.Postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>
    /// Reads the provider name and connection string, failing with a sentence that names the setting
    /// so an operator can fix it without reading a stack trace.
    /// </summary>
    public static DatabaseSettings From(string? providerName, string? connectionString)
    {
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerName) || providerName.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (providerName.Equals("postgres", StringComparison.OrdinalIgnoreCase) || providerName.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            provider = DatabaseProvider.Postgres;
        }
        else
        {
            throw new DatabaseSettingsException($"Database:Provider is '{providerName}'. Use 'Sqlite' or 'Postgres'.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new DatabaseSettingsException("ConnectionStrings:Tessera is empty. Set it to a PostgreSQL connection string when Database:Provider is 'Postgres'.");
            }

            connectionString = DefaultSqliteConnectionString;
        }

        Validate(provider, connectionString);
        return new DatabaseSettings(provider, connectionString);
    }

    /// <summary>Parses the CLI form <c>sqlite:path</c> or <c>postgres:connection string</c>.</summary>
    public static DatabaseSettings FromCliArgument(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new DatabaseSettingsException($"--database '{value}' is not in the form sqlite:<path> or postgres:<connection string>.");
        }

        var kind = value[..colon];
        var rest = value[(colon + 1)..];
        return kind.ToLowerInvariant() switch
        {
            "sqlite" => From("Sqlite", rest.Contains('=') ? rest : $"Data Source={rest}"),
            "postgres" or "postgresql" => From("Postgres", rest),
            _ => throw new DatabaseSettingsException($"--database starts with '{kind}'. Use sqlite:<path> or postgres:<connection string>."),
        };
    }

    private static void Validate(DatabaseProvider provider, string connectionString)
    {
        try
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                _ = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
            }
            else
            {
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
                if (string.IsNullOrEmpty(builder.Host))
                {
                    throw new DatabaseSettingsException("ConnectionStrings:Tessera has no Host. A PostgreSQL connection string needs Host=...;Database=...;Username=...");
                }
            }
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseSettingsException($"ConnectionStrings:Tessera is not a valid {provider} connection string: {ex.Message}");
        }
    }
}

public sealed class DatabaseSettingsException(string message) : Exception(message);
