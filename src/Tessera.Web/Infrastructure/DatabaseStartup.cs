using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Seeding;

namespace Tessera.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>Applies migrations (never EnsureCreated) and seeds the demo partnership on an empty embedded database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<TesseraSettings>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TesseraDbContext>();
        await db.Database.MigrateAsync();
        if (settings.SeedDemo)
        {
            await DemoSeeder.SeedIfEmptyAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), CancellationToken.None);
        }
    }
}
