using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Processes;
using Tessera.Core.Seeding;

namespace Tessera.AuditBench;

/// <summary>
/// Concurrent writers doing real audited work through Core services while the sealer runs alongside; afterwards every
/// acknowledged write must have its audit entry and the whole chain must verify.
/// </summary>
internal static class AuditedWrites
{
    public static async Task RunAsync(DatabaseSettings database, int writers, int seconds, string workload, bool groupCommit)
    {
        var clock = TimeProvider.System;
        await using (var db = DatabaseRegistration.CreateContext(database))
        {
            await db.Database.MigrateAsync();
            if (!await db.Agencies.AnyAsync())
            {
                await PartnershipSeeder.SeedAsync(db, clock, new SeedOptions { Children = 20, ConcernsPerChild = 1, Reason = "Audit benchmark" }, null, CancellationToken.None);
            }
        }

        Guid childId, practitionerId, agencyId;
        long baseline;
        await using (var db = DatabaseRegistration.CreateContext(database))
        {
            var child = await db.ChildRecords.OrderBy(c => c.Id).FirstAsync();
            childId = child.Id;
            agencyId = child.AgencyId;
            practitionerId = await db.Users.Where(p => p.AgencyId == agencyId).Select(p => p.Id).FirstAsync();
            baseline = await db.AuditEntries.LongCountAsync();
        }

        using var key = AuditSigningKey.Generate();
        var auditSettings = new AuditSettings { CheckpointInterval = TimeSpan.FromSeconds(5) };
        using var stop = new CancellationTokenSource();
        var sealing = SealContinuouslyAsync(database, clock, auditSettings, key, stop.Token);

        await using var group = groupCommit ? new SqliteGroupCommit(database) : null;
        var acknowledged = new ConcurrentBag<Guid>();
        var failures = 0;
        var stopwatch = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var actor = Actor.ForPractitioner(practitionerId, agencyId);
            var n = 0;
            while (stopwatch.Elapsed < deadline)
            {
                try
                {
                    // One unit of work: with group commit it runs in the group's transaction, otherwise in its own.
                    var number = n++;
                    async Task<Guid> UnitAsync(TesseraDbContext db)
                    {
                        if (workload == "read")
                        {
                            // The audit entry a child's page writes before it renders (a unique subject id per read to find it later).
                            var marker = Guid.NewGuid();
                            await new AuditTrail(db, clock, auditSettings).RecordAsync(AuditAction.Read, actor, "child", marker, childId);
                            return marker;
                        }

                        var process = ProcessContext.Start(ProcessType.ConcernRecorded, actor, clock);
                        var outcome = await new ConcernService(db, new Inbox(db)).RecordAsync(new RecordConcernInput
                        {
                            ChildRecordId = childId,
                            CategoryCode = "neglect",
                            LevelOfNeed = LevelOfNeed.EarlyHelp,
                            WhatHappened = $"Benchmark observation {w}-{number}",
                            ChildVoiceNotRecordedReason = "Not seen",
                        }, process);
                        return outcome.Succeeded ? process.Process.Id : throw new InvalidOperationException("The benchmark's concern was refused.");
                    }

                    if (group is not null)
                    {
                        acknowledged.Add(await group.RunAsync(UnitAsync));
                    }
                    else
                    {
                        await using var db = DatabaseRegistration.CreateContext(database);
                        acknowledged.Add(await UnitAsync(db));
                    }
                }
                catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await sealing;

        // Every acknowledged write must have its entry, and the chain must verify after a final seal.
        await using var check = DatabaseRegistration.CreateContext(database);
        var final = await new AuditSealer(check, clock, auditSettings, key).SealAsync(forceCheckpoint: true, fullSweep: true);
        var present = workload == "read"
            ? await check.AuditEntries.Where(e => e.Action == AuditAction.Read && e.SubjectId != null).Select(e => e.SubjectId!.Value).ToListAsync()
            : await check.AuditEntries.Where(e => e.ProcessId != null).Select(e => e.ProcessId!.Value).ToListAsync();
        var presentSet = present.ToHashSet();
        var missing = acknowledged.Count(id => !presentSet.Contains(id));
        var verification = await new AuditVerifier(check).VerifyAsync(key.PublicKey);
        var entries = await check.AuditEntries.LongCountAsync() - baseline;
        Console.WriteLine(
            $"provider={database.Provider} workload={workload} group_commit={(groupCommit ? "yes" : "no")} writers={writers} seconds={elapsed:F1} acknowledged={acknowledged.Count} " +
            $"per_second={acknowledged.Count / elapsed:F0} failures={failures} new_entries={entries} missing={missing} " +
            $"chain_length={final.ChainLength} unsealed={verification.UnsealedEntries} chain_verified={(verification.Passed ? "yes" : "NO: " + verification.Problem)}");
    }

    private static async Task SealContinuouslyAsync(DatabaseSettings database, TimeProvider clock, AuditSettings settings, AuditSigningKey key, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(settings.SealInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var db = DatabaseRegistration.CreateContext(database);
                await new AuditSealer(db, clock, settings, key).SealAsync(cancellationToken: stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the caller seals the rest.
        }
    }
}
