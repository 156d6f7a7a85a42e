using System.Globalization;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Modules.Retention.Services;

namespace Tessera.Web.Infrastructure;

/// <summary>When the daily retention run starts (UTC), from Tessera:RetentionRunAt ("HH:mm", default 02:00).</summary>
public sealed record RetentionJobSettings(TimeOnly RunAt)
{
    public const string Key = "Tessera:RetentionRunAt";

    public static RetentionJobSettings From(IConfiguration configuration)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RetentionJobSettings(new TimeOnly(2, 0));
        }

        return TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new RetentionJobSettings(at)
            : throw new SettingsProblemException($"{Key} is '{text}'. Use a UTC time of day such as 02:00.");
    }
}

/// <summary>
/// Runs the retention schedules once a day at <see cref="RetentionJobSettings.RunAt"/> (UTC), timed by the injected
/// <see cref="TimeProvider"/> so tests move a fake clock instead of waiting. Logs counts only, never which children.
/// </summary>
public sealed partial class RetentionJob(IServiceScopeFactory scopes, TimeProvider clock, RetentionJobSettings settings, ILogger<RetentionJob> logger) : BackgroundService
{
    /// <summary>Raised once the job is waiting for its next run, with the time of that run.</summary>
    public event Action<DateTimeOffset>? Waiting;

    /// <summary>Raised after each run with its report.</summary>
    public event Action<RetentionReport>? Completed;

    /// <summary>The next time of day <paramref name="runAt"/> strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeOnly runAt)
    {
        var utc = now.ToUniversalTime();
        var today = new DateTimeOffset(DateOnly.FromDateTime(utc.UtcDateTime).ToDateTime(runAt), TimeSpan.Zero);
        return today > utc ? today : today.AddDays(1);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = NextRun(now, settings.RunAt);

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

            await RunOnceAsync(DateOnly.FromDateTime(next.UtcDateTime), stoppingToken);
        }
    }

    public async Task<RetentionReport?> RunOnceAsync(DateOnly today, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(today, dryRun: false, cancellationToken: cancellationToken);
            foreach (var schedule in report.Schedules)
            {
                LogSchedule(schedule.Code, schedule.Erased, schedule.KeptUnderLegalHold);
            }

            LogRun(today, report.Erased, report.KeptUnderLegalHold);
            Completed?.Invoke(report);
            return report;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type only: messages from the database can quote values. Tomorrow's run tries again.
            LogFailed(today, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention schedule {Code}: erased {Erased}, kept under legal hold {Kept}")]
    private partial void LogSchedule(string code, int erased, int kept);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention run for {Today}: erased {Erased}, kept under legal hold {Kept}")]
    private partial void LogRun(DateOnly today, int erased, int kept);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention run for {Today} failed ({Error}); it will run again tomorrow")]
    private partial void LogFailed(DateOnly today, string error);
}
