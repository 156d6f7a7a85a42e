using System.Globalization;
using Tessera.Core.Modules.Training.Services;

namespace Tessera.Web.Infrastructure;

/// <summary>When the daily training reminder run starts (UTC), from Tessera:TrainingRemindersAt ("HH:mm", default 06:00).</summary>
public sealed record TrainingReminderSettings(TimeOnly RunAt)
{
    public const string Key = "Tessera:TrainingRemindersAt";

    public static TrainingReminderSettings From(IConfiguration configuration)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TrainingReminderSettings(new TimeOnly(6, 0));
        }

        return TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new TrainingReminderSettings(at)
            : throw new SettingsProblemException($"{Key} is '{text}'. Use a UTC time of day such as 06:00.");
    }
}

/// <summary>
/// Sends training reminders to practitioners' inboxes once a day, timed by the injected <see cref="TimeProvider"/> so
/// tests move a fake clock instead of waiting. Logs counts only.
/// </summary>
public sealed partial class TrainingReminderJob(IServiceScopeFactory scopes, TimeProvider clock, TrainingReminderSettings settings, ILogger<TrainingReminderJob> logger) : BackgroundService
{
    /// <summary>Raised once the job is waiting for its next run, with the time of that run.</summary>
    public event Action<DateTimeOffset>? Waiting;

    /// <summary>Raised after each run with the number of reminders sent.</summary>
    public event Action<int>? Completed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = RetentionJob.NextRun(now, settings.RunAt);
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
