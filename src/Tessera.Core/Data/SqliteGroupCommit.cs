using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Tessera.Core.Data;

/// <summary>
/// Group commit for SQLite with synchronous=FULL: every commit costs an fsync, so committing each caller's unit of work
/// alone caps writes at the disk's fsync rate. Callers queue their units of work; one writer runs the queued units one
/// after another in a single transaction (each inside its own savepoint, so one failing unit is rolled back alone), commits
/// once, and only then completes each caller's task. Nothing is acknowledged before its commit is durable.
/// </summary>
public sealed class SqliteGroupCommit : IAsyncDisposable
{
    private readonly Channel<IUnit> _queue = Channel.CreateUnbounded<IUnit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly DatabaseSettings _settings;
    private readonly int _maxUnitsPerCommit;
    private readonly Task _writer;

    public SqliteGroupCommit(DatabaseSettings settings, int maxUnitsPerCommit = 256)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            throw new ArgumentException("Group commit is for SQLite; PostgreSQL already groups concurrent commits into one WAL flush.", nameof(settings));
        }

        _settings = settings;
        _maxUnitsPerCommit = maxUnitsPerCommit;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Runs <paramref name="unit"/> on the group's context; completes after the transaction holding it commits.</summary>
    public Task<T> RunAsync<T>(Func<TesseraDbContext, Task<T>> unit)
    {
        var queued = new Unit<T>(unit);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(queued), this);
        return queued.Task;
    }

    private async Task WriteAsync()
    {
        await using var db = DatabaseRegistration.CreateContext(_settings);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var batch = new List<IUnit>(_maxUnitsPerCommit);
        var succeeded = new List<IUnit>(_maxUnitsPerCommit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            succeeded.Clear();
            while (batch.Count < _maxUnitsPerCommit && _queue.Reader.TryRead(out var unit))
            {
                batch.Add(unit);
            }

            try
            {
                using var gate = await SqliteWriteGate.EnterAsync(connection, CancellationToken.None);
                await using var transaction = await db.Database.BeginTransactionAsync();
                foreach (var unit in batch)
                {
                    db.ChangeTracker.Clear();
                    await transaction.CreateSavepointAsync("unit");
                    try
                    {
                        await unit.RunAsync(db);
                        await transaction.ReleaseSavepointAsync("unit");
                        succeeded.Add(unit);
                    }
                    catch (Exception ex)
                    {
                        await transaction.RollbackToSavepointAsync("unit");
                        unit.Fail(ex);
                    }
                }

                await transaction.CommitAsync();
                succeeded.ForEach(u => u.Complete());
            }
            catch (Exception ex)
            {
                // The commit itself failed: none of the batch is acknowledged.
                succeeded.ForEach(u => u.Fail(ex));
                batch.Except(succeeded).ToList().ForEach(u => u.Fail(ex));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private interface IUnit
    {
        Task RunAsync(TesseraDbContext db);

        void Complete();

        void Fail(Exception exception);
    }

    private sealed class Unit<T>(Func<TesseraDbContext, Task<T>> work) : IUnit
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public async Task RunAsync(TesseraDbContext db) => _result = await work(db);

        public void Complete() => _done.TrySetResult(_result);

        public void Fail(Exception exception) => _done.TrySetException(exception);
    }
}
