using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tessera.Core.Data;

/// <summary>
/// SQLite allows one writer at a time. Without this gate, concurrent writers poll SQLite's busy handler, which sleeps
/// in growing steps and leaves the database idle between them. Queuing writers in the process instead keeps commits
/// back to back and fair. Saves inside an explicit transaction are not gated: that transaction already holds the lock.
/// </summary>
internal sealed class SqliteWriteGate : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();
    private static readonly ConditionalWeakTable<DbContext, SemaphoreSlim> Held = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            var gate = Gates.GetOrAdd(context.Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(cancellationToken);
            Held.AddOrUpdate(context, gate);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            var gate = Gates.GetOrAdd(context.Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1));
            gate.Wait();
            Held.AddOrUpdate(context, gate);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    // EF Core reports a concurrency failure here and does not call SaveChangesFailed for it, so without these a stale
    // save (refused by a Version check) would keep the gate and every later write in the process would wait forever.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Holds the gate for a transaction run on the connection directly (the audit sealer), so it queues with saves.</summary>
    internal static async Task<IDisposable> EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(connection.DataSource, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Entered(gate);
    }

    private sealed class Entered(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private static void Release(DbContext? context)
    {
        if (context is not null && Held.TryGetValue(context, out var gate))
        {
            Held.Remove(context);
            gate.Release();
        }
    }
}
