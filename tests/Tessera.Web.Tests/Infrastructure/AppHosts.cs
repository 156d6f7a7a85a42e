using System.Collections.Concurrent;
using Tessera.Core.Data;

[assembly: AssemblyFixture(typeof(Tessera.Web.Tests.Infrastructure.AppHosts))]

namespace Tessera.Web.Tests.Infrastructure;

/// <summary>
/// One running app per database provider for the whole test run, started the first time a test asks for it.
/// Tests share the seeded partnership, so a test that changes a shared account (locks, enrols, disables) makes its own.
/// </summary>
public sealed class AppHosts : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TesseraApp>>> _apps = new();

    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);

    public Task<TesseraApp> For(DatabaseProvider provider) =>
        _apps.GetOrAdd(provider, p => new Lazy<Task<TesseraApp>>(() => StartAsync(p))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            try
            {
                await (await app.Value).DisposeAsync();
            }
            catch (Exception ex) when (ex is InvalidOperationException or AggregateException or ObjectDisposedException)
            {
                // A host that failed to start has nothing to dispose; its test already reported why.
            }
        }
    }

    private static async Task<TesseraApp> StartAsync(DatabaseProvider provider)
    {
        var app = new TesseraApp(provider);
        await app.StartAsync();
        return app;
    }
}
