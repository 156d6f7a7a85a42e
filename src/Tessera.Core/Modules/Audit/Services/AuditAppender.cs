using System.Threading.Channels;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Models;

namespace Tessera.Core.Modules.Audit.Services;

/// <summary>
/// Group commit for stand-alone audit entries (a read has no other change to share a transaction with). Concurrent
/// requests queue their entries; one writer inserts everything queued in a single transaction and only then releases
/// each request, so a page is still never sent before its read is durably recorded — but many reads share one fsync
/// (SQLite, synchronous=FULL) or one round trip and WAL flush (PostgreSQL) instead of paying one each.
/// </summary>
public sealed class AuditAppender : IAsyncDisposable
{
    private const int MaxEntriesPerCommit = 512;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly DatabaseSettings _settings;
    private readonly Task _writer;

    public AuditAppender(DatabaseSettings settings)
    {
        _settings = settings;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Completes once the entry is committed; fails if its transaction failed.</summary>
    public Task AppendAsync(AuditEntry entry)
    {
        var pending = new Pending(entry);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return pending.Done.Task;
    }

    private async Task WriteAsync()
    {
        await using var db = DatabaseRegistration.CreateContext(_settings);
        var batch = new List<Pending>(MaxEntriesPerCommit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxEntriesPerCommit && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                db.ChangeTracker.Clear();
                db.AuditEntries.AddRange(batch.Select(p => p.Entry));
                await db.SaveChangesAsync();
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                // Nothing in a failed batch is acknowledged: each request sees the failure instead of its page.
                batch.ForEach(p => p.Done.TrySetException(ex));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private sealed record Pending(AuditEntry Entry)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
