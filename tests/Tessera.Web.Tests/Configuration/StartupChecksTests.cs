using Microsoft.Extensions.Configuration;
using Tessera.Core.Data;
using Tessera.Web.Infrastructure;

namespace Tessera.Web.Tests.Configuration;

public sealed class StartupChecksTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static string Problem(params (string Key, string? Value)[] values)
    {
        Assert.False(StartupChecks.TryReadSettings(Config(values), out _, out var problem));
        Assert.DoesNotContain(Environment.NewLine, problem);
        return problem;
    }

    [Fact]
    public void An_unknown_provider_names_the_setting_and_the_choices()
    {
        var problem = Problem(("Database:Provider", "Oracle"));
        Assert.Contains("Database:Provider", problem);
        Assert.Contains("'Oracle'", problem);
        Assert.Contains("Postgres", problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Postgres_without_a_connection_string_names_it(string? connectionString)
    {
        var problem = Problem(("Database:Provider", "Postgres"), ("ConnectionStrings:Tessera", connectionString));
        Assert.Contains("ConnectionStrings:Tessera is empty", problem);
    }

    [Theory]
    [InlineData("Sqlite", "this is not a connection string")]
    [InlineData("Postgres", "Host=db;Nonsense Keyword=1")]
    [InlineData("Postgres", "no equals sign here")]
    public void An_unparsable_connection_string_names_it_and_the_provider(string provider, string connectionString)
    {
        var problem = Problem(("Database:Provider", provider), ("ConnectionStrings:Tessera", connectionString));
        Assert.StartsWith("ConnectionStrings:Tessera is not a valid " + provider, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postgres_connection_string_without_a_host_says_so()
    {
        Assert.Contains("has no Host", Problem(("Database:Provider", "Postgres"), ("ConnectionStrings:Tessera", "Database=tessera;Username=app")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("721")]
    [InlineData("half an hour")]
    public void An_out_of_range_or_unreadable_idle_timeout_names_the_setting(string minutes)
    {
        Assert.Contains("Tessera:IdleTimeoutMinutes", Problem(("Tessera:IdleTimeoutMinutes", minutes)));
    }

    [Theory]
    [InlineData("http://login.example.org", "Authority")]
    [InlineData("/realms/tessera", "Authority")]
    [InlineData("login.example.org", "Authority")]
    public void An_oidc_authority_that_is_not_absolute_https_is_refused(string authority, string setting)
    {
        var problem = Problem(("Authentication:Oidc:Authority", authority), ("Authentication:Oidc:ClientId", "tessera"), ("Authentication:Oidc:ClientSecret", "s3cret"));
        Assert.Contains($"Authentication:Oidc:{setting}", problem);
        Assert.Contains("https://", problem);
        Assert.Throws<SettingsProblemException>(() => StartupChecks.ReadOidc(Config(("Authentication:Oidc:Authority", authority))));
    }

    [Fact]
    public void A_missing_client_id_or_secret_is_named()
    {
        Assert.Contains("Authentication:Oidc:ClientId", Problem(("Authentication:Oidc:Authority", "https://login.example.org"), ("Authentication:Oidc:ClientSecret", "s3cret")));
        Assert.Contains("Authentication:Oidc:ClientSecret", Problem(("Authentication:Oidc:Authority", "https://login.example.org"), ("Authentication:Oidc:ClientId", "tessera")));
    }

    [Fact]
    public void A_complete_oidc_section_is_read_with_a_default_display_name()
    {
        var oidc = StartupChecks.ReadOidc(Config(
            ("Authentication:Oidc:Authority", "https://login.example.org/realms/tessera"),
            ("Authentication:Oidc:ClientId", "tessera"),
            ("Authentication:Oidc:ClientSecret", "s3cret")));
        Assert.NotNull(oidc);
        Assert.Equal(new Uri("https://login.example.org/realms/tessera"), oidc.Authority);
        Assert.Equal("tessera", oidc.ClientId);
        Assert.Equal("s3cret", oidc.ClientSecret);
        Assert.Equal("Sign in with your organisation", oidc.DisplayName);
    }

    [Fact]
    public void No_authority_means_local_accounts_only()
    {
        Assert.Null(StartupChecks.ReadOidc(Config(("Authentication:Oidc:Authority", ""), ("Authentication:Oidc:ClientId", ""))));
    }

    [Fact]
    public void Defaults_are_sqlite_with_the_demo_seeded_and_a_30_minute_idle_timeout()
    {
        Assert.True(StartupChecks.TryReadSettings(Config(), out var settings, out var problem), problem);
        Assert.Equal(DatabaseProvider.Sqlite, settings.Database.Provider);
        Assert.Equal(DatabaseSettings.DefaultSqliteConnectionString, settings.Database.ConnectionString);
        Assert.True(settings.SeedDemo);
        Assert.Equal(TimeSpan.FromMinutes(30), settings.IdleTimeout);
        Assert.Null(settings.Oidc);
    }

    [Fact]
    public void Postgres_does_not_seed_the_demo_unless_asked()
    {
        Assert.True(StartupChecks.TryReadSettings(Config(("Database:Provider", "postgresql"), ("ConnectionStrings:Tessera", "Host=db;Database=tessera")), out var settings, out _));
        Assert.Equal(DatabaseProvider.Postgres, settings.Database.Provider);
        Assert.False(settings.SeedDemo);

        Assert.True(StartupChecks.TryReadSettings(Config(("Database:Provider", "Postgres"), ("ConnectionStrings:Tessera", "Host=db"), ("Database:SeedDemo", "true"), ("Tessera:IdleTimeoutMinutes", "720")), out settings, out _));
        Assert.True(settings.SeedDemo);
        Assert.Equal(TimeSpan.FromHours(12), settings.IdleTimeout);
    }
}
