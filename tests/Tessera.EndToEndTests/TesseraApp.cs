using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tessera.Core.Data;
using Tessera.TestSupport;

namespace Tessera.EndToEndTests;

/// <summary>
/// The real app on Kestrel (loopback, random port) over a fresh, seeded SQLite database, and Debian's Chromium driven
/// by Playwright. Shared by every journey in the run.
/// </summary>
public sealed class TesseraApp : IAsyncLifetime
{
    public const string ChromiumVariable = "TESSERA_CHROMIUM";

    private TesseraFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public TestPartnership Partnership { get; private set; } = null!;

    /// <summary>The app's database, for journeys that arrange data the pages cannot (a shield, say).</summary>
    public DatabaseSettings Database { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        // Never skip: a missing browser is a broken machine, not a reason to pass.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Run scripts/setup, which installs Debian's chromium package, " +
                $"or set {ChromiumVariable} to a Chromium executable.");
        }

        var settings = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        Database = settings;
        Partnership = await TestPartnership.CreateAsync(settings, TimeProvider.System);

        _factory = new TesseraFactory(settings);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
            ],
        });
    }

    /// <summary>A new browser context (its own cookies) and page, with accessibility checks and navigation tracking.</summary>
    public async Task<BrowserSession> NewSessionAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        // Generous for a loaded 2-core machine; nothing waits this long when all is well.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private sealed class TesseraFactory(DatabaseSettings settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Tessera", settings.ConnectionString);
            builder.UseSetting("Database:SeedDemo", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Tessera:RateLimits:SignInPerMinute", "1000");

            // Kestrel serves plain HTTP on loopback here; the page tests check the cookie flags over HTTPS.
            builder.UseSetting("Tessera:Cookies:AllowPlainHttp", "true");
        }
    }
}
