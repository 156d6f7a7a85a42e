using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Models;

namespace Tessera.Core.Modules.Concerns.Services;

/// <summary>
/// How many concerns each agency has open, for the open-concerns page's total. Counting an agency's tens of thousands
/// of open concerns on every view was a third of the page's database work, so a count is kept for up to
/// <see cref="MaxAge"/>. Any concern recorded, closed or erased in this process forgets every count at once, so on one
/// node the total is always exact; with several nodes another node's change shows within <see cref="MaxAge"/>.
/// The rows themselves are always read live.
/// </summary>
public sealed class OpenConcernCounts(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    // Shared by every instance in the process: a change anywhere here invalidates every cached total.
    private static long generation;

    private readonly ConcurrentDictionary<Guid, Counted> counts = new();

    private sealed record Counted(int Count, DateTimeOffset At, long Generation);

    /// <summary>Called after a change to which concerns are open has committed.</summary>
    public static void Changed() => Interlocked.Increment(ref generation);

    public async Task<int> ForAgencyAsync(TesseraDbContext db, Guid agencyId, CancellationToken cancellationToken = default)
    {
        // Read the generation before counting, so a change committed while counting makes the next view count again.
        var seen = Interlocked.Read(ref generation);
        var now = clock.GetUtcNow();
        if (counts.TryGetValue(agencyId, out var counted) && counted.Generation == seen && now - counted.At < MaxAge && now >= counted.At)
        {
            return counted.Count;
        }

        var count = await db.Concerns.AsNoTracking()
            .CountAsync(c => c.AgencyId == agencyId && c.Status == ConcernStatus.Open, cancellationToken);
        counts[agencyId] = new Counted(count, now, seen);
        return count;
    }
}
