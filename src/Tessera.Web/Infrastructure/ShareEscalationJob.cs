using Tessera.Core.Modules.Sharing.Services;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// Every 15 minutes on the injected <see cref="TimeProvider"/>, escalates shares nobody acknowledged within
/// Tessera:Sharing:AcknowledgeWithin working days. Logs counts only.
/// </summary>
public sealed partial class ShareEscalationJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ShareEscalationJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    /// <summary>Raised once the job is waiting for its next run.</summary>
    public event Action<DateTimeOffset>? Waiting;

    /// <summary>Raised after each run with the number escalated.</summary>
    public event Action<int>? Completed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // The timer exists before anyone is told the job is waiting, so a test's clock move cannot slip past it.
            var delay = Task.Delay(Interval, clock, stoppingToken);
            Waiting?.Invoke(clock.GetUtcNow() + Interval);
            try
            {
                await delay;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunOnceAsync(stoppingToken);
        }
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var escalated = await scope.ServiceProvider.GetRequiredService<ShareEscalation>().EscalateOverdueAsync(cancellationToken);
            if (escalated > 0)
            {
                LogEscalated(escalated);
            }

            Completed?.Invoke(escalated);
            return escalated;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type only: messages from the database can quote values. The next run tries again.
            LogFailed(ex.GetType().Name);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalated {Count} unacknowledged shares")]
    private partial void LogEscalated(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Share escalation failed ({Error}); it will run again")]
    private partial void LogFailed(string error);
}
