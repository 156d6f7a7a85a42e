using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Modules.Retention.Services;

namespace Tessera.Web.Infrastructure;

/// <summary>When the daily retention run starts (UTC), from Tessera:RetentionRunAt ("HH:mm", default 02:00).</summary>
public sealed record RetentionJobSettings(TimeOnly RunAt)
{
    public const string Key = "Tessera:RetentionRunAt";

    public static RetentionJobSettings From(IConfiguration configuration) =>
        new(DailyJob.TimeOfDaySetting(configuration, Key, new TimeOnly(2, 0)));
}

/// <summary>
/// Runs the retention schedules once a day at <see cref="RetentionJobSettings.RunAt"/> (UTC), timed by the injected
/// <see cref="TimeProvider"/> so tests move a fake clock instead of waiting. Logs counts only, never which children.
/// </summary>
public sealed partial class RetentionJob(IServiceScopeFactory scopes, TimeProvider clock, RetentionJobSettings settings, ILogger<RetentionJob> logger) : DailyJob(clock)
{
    /// <summary>Raised after each run with its report.</summary>
    public event Action<RetentionReport>? Completed;

    protected override TimeOnly RunAt => settings.RunAt;

    protected override Task RunForDayAsync(DateOnly today, CancellationToken cancellationToken) => RunOnceAsync(today, cancellationToken);

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
