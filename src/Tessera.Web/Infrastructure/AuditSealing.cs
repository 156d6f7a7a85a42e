using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Services;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// Runs the audit sealer every <see cref="AuditSettings.SealInterval"/> and once more on shutdown (signing the head), so entries written
/// by this node join the hash chain within about a second. Another node or the CLI may seal at the same time; the
/// sealer serialises itself in the database.
/// </summary>
public sealed partial class AuditSealing(IServiceScopeFactory scopes, AuditSettings settings, TimeProvider clock, ILogger<AuditSealing> logger) : BackgroundService
{
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SealInterval, clock);
        do
        {
            await SealOnceAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // Sign the head on the way out, so entries sealed since the last checkpoint are not left unsigned while stopped.
        await SealOnceAsync(cancellationToken, forceCheckpoint: true);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task SealOnceAsync(CancellationToken cancellationToken, bool forceCheckpoint = false)
    {
        try
        {
            // A full sweep at start and with each checkpoint interval finds entries that committed very late.
            var now = clock.GetUtcNow();
            var sweep = now - _lastSweep >= settings.CheckpointInterval;
            await using var scope = scopes.CreateAsyncScope();
            var sealer = scope.ServiceProvider.GetRequiredService<AuditSealer>();
            var result = await sealer.SealAsync(forceCheckpoint, fullSweep: sweep, cancellationToken: cancellationToken);
            if (sweep)
            {
                _lastSweep = now;
            }

            if (result.Checkpoint is { } checkpoint)
            {
                LogCheckpoint(logger, checkpoint.ChainIndex);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            // Sealing again next time is safe: nothing is half-sealed, as each batch is one transaction.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit chain checkpoint signed at chain index {ChainIndex}.")]
    private static partial void LogCheckpoint(ILogger logger, long chainIndex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sealing the audit log failed; it will be tried again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
