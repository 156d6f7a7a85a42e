using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Tessera.Core.Data;

public static class DatabaseRegistration
{
    public static IServiceCollection AddTesseraDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddDbContextPool<TesseraDbContext>(options => Configure(options, settings));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        var migrations = DatabaseSettings.MigrationsAssemblyFor(settings.Provider);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(settings.ConnectionString);
            options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(migrations))
                .AddInterceptors(new SqlitePragmaInterceptor(), new SqliteWriteGate());
        }
        else
        {
            options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(migrations));
        }
    }

    public static TesseraDbContext CreateContext(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<TesseraDbContext>();
        Configure(builder, settings);
        return new TesseraDbContext(builder.Options);
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
