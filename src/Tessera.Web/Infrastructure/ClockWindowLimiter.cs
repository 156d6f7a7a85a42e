using System.Threading.RateLimiting;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// A fixed one-minute window counted on the injected <see cref="TimeProvider"/>, so limits behave the same on every node
/// and tests can move time instead of waiting. Requests over the limit are refused at once, never queued.
/// </summary>
public sealed class ClockWindowLimiter(TimeProvider clock, int permitsPerWindow, TimeSpan window) : RateLimiter
{
    private readonly Lock _gate = new();
    private long _windowIndex = -1;
    private int _used;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                // Idle once its window has passed: the partitioned limiter may then drop it and reclaim the memory.
                return CurrentWindow() != _windowIndex ? TimeSpan.Zero : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, permitsPerWindow - UsedNow()) };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var used = UsedNow();
            if (used + permitCount > permitsPerWindow)
            {
                var windowEnds = (_windowIndex + 1) * window.Ticks;
                var retryAfter = TimeSpan.FromTicks(windowEnds - clock.GetUtcNow().UtcTicks);
                return new Lease(false, retryAfter);
            }

            _used = used + permitCount;
            return new Lease(true, null);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private long CurrentWindow() => clock.GetUtcNow().UtcTicks / window.Ticks;

    private int UsedNow()
    {
        var current = CurrentWindow();
        if (current != _windowIndex)
        {
            _windowIndex = current;
            _used = 0;
        }

        return _used;
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
