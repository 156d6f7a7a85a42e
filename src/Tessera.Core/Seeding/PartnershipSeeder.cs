using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Processes;

namespace Tessera.Core.Seeding;

/// <summary>
/// Writes a synthetic partnership to an empty database. The partnership goes through SaveChanges; children are
/// written in batches (one transaction per batch; binary COPY on PostgreSQL, a prepared INSERT per table on SQLite,
/// both driven by the EF model) while the next batch is generated on another thread,
/// so 100,000 children and a million concerns fit in minutes. A seed no bigger than one batch is a single transaction.
/// Everything runs in one Seeding process: partnership events first, a summary event last.
/// </summary>
public static class PartnershipSeeder
{
    public static async Task<SeedResult> SeedAsync(
        TesseraDbContext db,
        TimeProvider clock,
        SeedOptions options,
        IProgress<SeedProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var stopwatch = Stopwatch.StartNew();
        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            throw new SeedingRefusedException("The database already has agencies, so it was not seeded: seed an empty database.");
        }

        var process = ProcessContext.Start(ProcessType.Seeding, Actor.System, clock, options.Reason);
        var generator = new SyntheticPartnershipGenerator(options, process.Now);
        var partnership = generator.Partnership;
        foreach (var practitioner in partnership.Practitioners)
        {
            practitioner.PasswordHash = DemoPassword.Hash;
            practitioner.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
            practitioner.ConcurrencyStamp = Guid.NewGuid().ToString();
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var whole = options.Children <= options.BatchSize
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            var ownTransactions = whole is null;

            db.Partnerships.Add(partnership.Partnership);
            db.Users.AddRange(partnership.Practitioners);
            process.Publish(new PartnershipCreated(partnership.Partnership.Id));
            foreach (var agency in partnership.Partnership.Agencies)
            {
                process.Publish(new AgencyAdded(agency.Id, agency.Type));
                foreach (var team in agency.Teams)
                {
                    process.Publish(new TeamAdded(team.Id, agency.Id));
                }
            }

            db.Processes.Add(process.Process);
            await SaveAsync(db, ownTransactions, cancellationToken);
            progress?.Report(new SeedProgress("Partnership", 0, options.Children, 0, 0));

            var truth = new List<SyntheticTruth>(options.Children * 3);
            long records = 0, concerns = 0, inbox = 0;
            var next = Generate(generator, options, 0, cancellationToken);
            for (var start = 0; start < options.Children; start += options.BatchSize)
            {
                var batch = await next!;
                next = Generate(generator, options, start + options.BatchSize, cancellationToken);

                await WriteBatchAsync(db, batch, ownTransactions, cancellationToken);

                truth.AddRange(batch.Truth);
                records += batch.Records.Count;
                concerns += batch.Concerns.Count;
                inbox += batch.InboxItems.Count;
                progress?.Report(new SeedProgress("Children", start + batch.People.Count, options.Children, records, concerns));
            }

            process.Publish(new SyntheticDataSeeded(partnership.Partnership.Id, options.Seed, options.Children, records, concerns, inbox));
            db.ProcessEvents.Add(process.Process.Events[^1]);
            await SaveAsync(db, ownTransactions, cancellationToken);
            if (whole is not null)
            {
                await whole.CommitAsync(cancellationToken);
            }

            // Fresh statistics let both query planners pick the name and agency indexes straight after a bulk load.
            // On PostgreSQL, VACUUM also sets the visibility map so counts can be answered from the index alone.
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() && db.Database.CurrentTransaction is null ? "VACUUM ANALYZE" : "ANALYZE", cancellationToken);
            progress?.Report(new SeedProgress("Done", options.Children, options.Children, records, concerns));
            return new SeedResult(
                process.Process.Id,
                partnership.Partnership.Agencies.Count,
                partnership.Partnership.Agencies.Sum(a => a.Teams.Count),
                partnership.Practitioners.Count,
                options.Children,
                records,
                concerns,
                inbox,
                stopwatch.Elapsed,
                truth);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private static Task<SyntheticChildBatch>? Generate(SyntheticPartnershipGenerator generator, SeedOptions options, int start, CancellationToken cancellationToken) =>
        start < options.Children
            ? Task.Run(() => generator.GenerateChildren(start, Math.Min(options.BatchSize, options.Children - start)), cancellationToken)
            : null;

    /// <summary>Writes a batch with the provider's fast path (binary COPY on PostgreSQL, one prepared INSERT per table on SQLite).</summary>
    private static async Task WriteBatchAsync(TesseraDbContext db, SyntheticChildBatch batch, bool ownTransaction, CancellationToken cancellationToken)
    {
        await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await WriteRowsAsync(db, batch.Records, cancellationToken);
            await WriteRowsAsync(db, batch.Records.SelectMany(r => r.Aliases).ToList(), cancellationToken);
            await WriteRowsAsync(db, batch.Records.SelectMany(r => r.RelatedAdults).ToList(), cancellationToken);
            await WriteRowsAsync(db, batch.Concerns, cancellationToken);
            await WriteRowsAsync(db, batch.Concerns.SelectMany(c => c.Actions).ToList(), cancellationToken);
            await WriteRowsAsync(db, batch.Concerns.SelectMany(c => c.Amendments).ToList(), cancellationToken);
            await WriteRowsAsync(db, batch.Concerns.SelectMany(c => c.LinkedChildren).ToList(), cancellationToken);
            await WriteRowsAsync(db, batch.InboxItems, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Task WriteRowsAsync<T>(TesseraDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class =>
        db.Database.IsNpgsql()
            ? PostgresBulkCopy.WriteAsync(db, rows, cancellationToken)
            : SqliteBulkInsert.WriteAsync(db, rows, cancellationToken);

    private static async Task SaveAsync(TesseraDbContext db, bool ownTransaction, CancellationToken cancellationToken)
    {
        if (ownTransaction)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }
}
