using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;

namespace Tessera.Core.Seeding;

/// <summary>Seeds the demo partnership (300 children) the first time the web app starts on an empty database.</summary>
public static class DemoSeeder
{
    public static SeedOptions Options { get; } = new()
    {
        Children = SeedOptions.DemoChildren,
        Seed = SeedOptions.DefaultSeed,
        ConcernsPerChild = 3,
        Reason = "Demo partnership seeded",
    };

    /// <summary>Seeds the demo when the database has no agencies; returns false, and changes nothing, otherwise.</summary>
    public static async Task<bool> SeedIfEmptyAsync(TesseraDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            return false;
        }

        await PartnershipSeeder.SeedAsync(db, clock, Options, progress: null, cancellationToken);
        await PracticeSeed.SeedAsync(db, clock, cancellationToken);
        return true;
    }
}
