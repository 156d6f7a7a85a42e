using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Data;

public class ModelTests
{
    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Migrations_match_the_model(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes with no migration: run scripts/add-migration <Name>.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_shared_concern_taxonomy_is_seeded_as_data(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var codes = await db.ConcernCategories.Select(c => c.Code).ToListAsync();
        Assert.Equal(13, codes.Count);
        Assert.Contains("domestic-abuse", codes);
        Assert.Contains("fgm", codes);
    }

    [Fact]
    public async Task Sqlite_runs_in_WAL_mode_with_full_sync()
    {
        var settings = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = DatabaseRegistration.CreateContext(settings);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(2L, (long?)await command.ExecuteScalarAsync()); // 2 = FULL
    }

    [Theory]
    [InlineData("Oracle", "Database:Provider")]
    [InlineData("Postgres", "ConnectionStrings:Tessera")]
    public void Bad_settings_name_the_setting(string provider, string expectedSetting)
    {
        var ex = Assert.Throws<DatabaseSettingsException>(() => DatabaseSettings.From(provider, null));
        Assert.Contains(expectedSetting, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_database_argument_is_parsed()
    {
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseSettings.FromCliArgument("sqlite:/tmp/x.db").Provider);
        Assert.Equal("Data Source=/tmp/x.db", DatabaseSettings.FromCliArgument("sqlite:/tmp/x.db").ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, DatabaseSettings.FromCliArgument("postgres:Host=localhost;Database=t").Provider);
        Assert.Throws<DatabaseSettingsException>(() => DatabaseSettings.FromCliArgument("mysql:x"));
        Assert.Throws<DatabaseSettingsException>(() => DatabaseSettings.FromCliArgument("postgres:Database=t"));
    }
}
