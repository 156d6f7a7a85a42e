using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.TestSupport;

namespace Tessera.Web.Tests.Infrastructure;

/// <summary>
/// The real web app on a fresh, migrated database of one provider, seeded with <see cref="TestPartnership"/>.
/// The clock is a <see cref="FakeTimeProvider"/> that never moves on its own, so "now" can be asserted exactly.
/// </summary>
public sealed class TesseraApp(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public DatabaseProvider Provider { get; } = provider;

    /// <summary>Whole seconds, so the value survives every provider's timestamp precision unchanged.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public DatabaseSettings Database { get; private set; } = null!;

    public TestPartnership Partnership { get; private set; } = null!;

    /// <summary>When set, receives every log message of every category at Trace level (the log-privacy test).</summary>
    public ILoggerProvider? CapturingLogger { get; init; }

    public async Task StartAsync()
    {
        Database = await TestDatabases.CreateAsync(Provider);
        Partnership = await TestPartnership.CreateAsync(Database, Clock);
        _ = Server; // builds the host now, so a broken start fails here rather than in the first test
    }

    public TesseraDbContext CreateDbContext() => DatabaseRegistration.CreateContext(Database);

    /// <summary>Cookies are HTTPS-only, so test clients talk to the app as https://localhost, as a browser would.</summary>
    public static readonly Uri BaseAddress = new("https://localhost");

    public Browser CreateBrowser() =>
        new(this, CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = BaseAddress }));

    public HttpClient CreateApiClient(string? apiKey = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = BaseAddress });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Tessera", Database.ConnectionString);
        builder.UseSetting("Database:SeedDemo", "false");

        // The shared hosts sign in hundreds of times a minute from one address; the rate-limit tests start their own host.
        builder.UseSetting("Tessera:RateLimits:SignInPerMinute", "1000000");
        builder.UseSetting("Tessera:RateLimits:ApiPerMinute", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (CapturingLogger is { } capture)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(capture));
            builder.ConfigureTestServices(services => services.PostConfigure<LoggerFilterOptions>(o =>
            {
                o.Rules.Clear();
                o.MinLevel = LogLevel.Trace;
            }));
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
