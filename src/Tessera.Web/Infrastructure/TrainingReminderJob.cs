using Tessera.Core.Modules.Training.Services;

namespace Tessera.Web.Infrastructure;

/// <summary>When the daily training reminder run starts (UTC), from Tessera:TrainingRemindersAt ("HH:mm", default 06:00).</summary>
public sealed record TrainingReminderSettings(TimeOnly RunAt)
{
    public const string Key = "Tessera:TrainingRemindersAt";

    public static TrainingReminderSettings From(IConfiguration configuration) =>
        new(DailyJob.TimeOfDaySetting(configuration, Key, new TimeOnly(6, 0)));
}

/// <summary>
/// Sends training reminders to practitioners' inboxes once a day, timed by the injected <see cref="TimeProvider"/> so
/// tests move a fake clock instead of waiting. Logs counts only.
/// </summary>
public sealed partial class TrainingReminderJob(IServiceScopeFactory scopes, TimeProvider clock, TrainingReminderSettings settings, ILogger<TrainingReminderJob> logger) : DailyJob(clock)
{
    /// <summary>Raised after each run with the number of reminders sent.</summary>
    public event Action<int>? Completed;

    protected override TimeOnly RunAt => settings.RunAt;

    protected override Task RunForDayAsync(DateOnly today, CancellationToken cancellationToken) => RunOnceAsync(today, cancellationToken);

    public async Task<int?> RunOnceAsync(DateOnly today, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<TrainingReminders>().RunAsync(today, cancellationToken);
            LogRun(today, sent.Count);
            if (sent.Count > 0 && scope.ServiceProvider.GetService<TrainingReminderEmails>() is { } emails)
            {
                var failed = await emails.SendAsync(sent, cancellationToken);
                LogEmailed(sent.Count - failed, failed);
            }

            Completed?.Invoke(sent.Count);
            return sent.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(today, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Training reminders for {Today}: sent {Sent}")]
    private partial void LogRun(DateOnly today, int sent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Training reminders emailed through GOV.UK Notify: {Sent} sent, {Failed} failed")]
    private partial void LogEmailed(int sent, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Training reminders for {Today} failed ({Error}); they will run again tomorrow")]
    private partial void LogFailed(DateOnly today, string error);
}
