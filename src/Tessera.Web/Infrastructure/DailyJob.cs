using System.Globalization;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// A hosted job that runs once a day at a UTC time of day, timed by the injected <see cref="TimeProvider"/> so tests
/// move a fake clock instead of waiting. The retention run and training reminders share this loop.
/// </summary>
public abstract class DailyJob(TimeProvider clock) : BackgroundService
{
    /// <summary>Raised once the job is waiting for its next run, with the time of that run.</summary>
    public event Action<DateTimeOffset>? Waiting;

    protected abstract TimeOnly RunAt { get; }

    /// <summary>The next time of day <paramref name="runAt"/> strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeOnly runAt)
    {
        var utc = now.ToUniversalTime();
        var today = new DateTimeOffset(DateOnly.FromDateTime(utc.UtcDateTime).ToDateTime(runAt), TimeSpan.Zero);
        return today > utc ? today : today.AddDays(1);
    }

    /// <summary>Reads a "HH:mm" UTC time of day from settings, or <paramref name="fallback"/> when it is not set.</summary>
    public static TimeOnly TimeOfDaySetting(IConfiguration configuration, string key, TimeOnly fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : throw new SettingsProblemException($"{key} is '{text}'. Use a UTC time of day such as {fallback.ToString("HH':'mm", CultureInfo.InvariantCulture)}.");
    }

    /// <summary>One day's run; it logs its own failures, so the next day's run still happens.</summary>
    protected abstract Task RunForDayAsync(DateOnly today, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = NextRun(now, RunAt);

            // The timer exists before anyone is told the job is waiting, so a test's clock move cannot slip past it.
            var delay = Task.Delay(next - now, clock, stoppingToken);
            Waiting?.Invoke(next);
            try
            {
                await delay;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunForDayAsync(DateOnly.FromDateTime(next.UtcDateTime), stoppingToken);
        }
    }
}
