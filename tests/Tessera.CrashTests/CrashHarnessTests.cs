using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Api.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Processes;
using Tessera.TestSupport;

namespace Tessera.CrashTests;

/// <summary>
/// Kills the server (SIGKILL) at random moments while several agency systems record concerns through the API, then
/// checks that every write the server acknowledged is present with its audit entry, that the audit chain verifies after
/// sealing, and that the database passes its own integrity check. Each run restarts the server on the same database,
/// so crash recovery is exercised run after run.
/// </summary>
public sealed class CrashHarnessTests
{
    private const int Writers = 8;

    [Fact]
    public Task Sqlite_survives_fifty_kills() => RunAsync(DatabaseProvider.Sqlite, runs: 50, seed: 3_101);

    [Fact]
    public Task Postgres_survives_twenty_kills() => RunAsync(DatabaseProvider.Postgres, runs: 20, seed: 3_102);

    private static async Task RunAsync(DatabaseProvider provider, int runs, int seed)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var output = TestContext.Current.TestOutputHelper!;
        var database = await TestDatabases.CreateAsync(provider);
        var partnership = await TestPartnership.CreateAsync(database, TimeProvider.System);
        var apiKey = await IssueApiKeyAsync(database, partnership);
        var keyFile = WriteSigningKey();
        var random = new Random(seed);
        var acknowledged = new List<Guid>();
        var failures = new List<string>();

        for (var run = 1; run <= runs; run++)
        {
            // Kill after a random number of acknowledged writes: the moment varies from "just started" to "busy".
            var killAfter = random.Next(1, 120);
            var server = await ServerProcess.StartAsync(database, keyFile, cancellation);
            var thisRun = await WriteUntilKilledAsync(server, apiKey, partnership.SchoolChild.Id, killAfter, cancellation);
            await server.DisposeAsync();
            acknowledged.AddRange(thisRun);

            var missing = await MissingAsync(database, thisRun, cancellation);
            if (missing.Count > 0)
            {
                failures.Add($"run {run}: {missing.Count} acknowledged concerns (or their audit entries) are missing, e.g. {missing[0]}");
            }

            var integrity = await DatabaseIntegrity.CheckAsync(database, cancellation);
            if (integrity is not null)
            {
                failures.Add($"run {run}: integrity check failed: {integrity}");
            }

            var chain = await AuditChainCheck.SealAndVerifyAsync(database, keyFile, cancellation);
            if (chain is not null)
            {
                failures.Add($"run {run}: audit chain: {chain}");
            }
        }

        output.WriteLine($"{provider}: {runs} kills, {acknowledged.Count} acknowledged writes, {failures.Count} failures.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(acknowledged.Count >= runs, "Each run should acknowledge at least one write before it is killed.");
    }

    private static async Task<List<Guid>> WriteUntilKilledAsync(ServerProcess server, string apiKey, Guid childId, int killAfter, CancellationToken cancellation)
    {
        var acknowledged = new ConcurrentBag<Guid>();
        var killed = 0;
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);

        async Task WriteAsync()
        {
            while (Volatile.Read(ref killed) == 0)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/concerns")
                {
                    Content = JsonContent.Create(new
                    {
                        childRecordId = childId,
                        categoryCode = "neglect",
                        levelOfNeed = 1,
                        whatHappened = "Crash harness write.",
                        childSeemed = "Settled",
                    }),
                };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                HttpResponseMessage response;
                try
                {
                    response = await client.SendAsync(request, cancellation);
                }
                catch (HttpRequestException)
                {
                    return; // the server died mid-request: that write was never acknowledged
                }

                using (response)
                {
                    if (response.StatusCode != HttpStatusCode.Created)
                    {
                        throw new InvalidOperationException($"Unexpected {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellation)}");
                    }

                    var body = await response.Content.ReadFromJsonAsync<CreatedConcern>(cancellation);
                    acknowledged.Add(body!.Id);
                }

                if (acknowledged.Count >= killAfter && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    await server.KillAsync();
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteAsync, cancellation)));
        return acknowledged.ToList();
    }

    private static async Task<List<Guid>> MissingAsync(DatabaseSettings database, List<Guid> acknowledged, CancellationToken cancellation)
    {
        await using var db = DatabaseRegistration.CreateContext(database);
        var concerns = (await db.Concerns.Where(c => acknowledged.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellation)).ToHashSet();
        var audited = (await db.AuditEntries.Where(e => e.Action == AuditAction.Create && e.SubjectId != null && acknowledged.Contains(e.SubjectId.Value))
            .Select(e => e.SubjectId!.Value).ToListAsync(cancellation)).ToHashSet();
        return acknowledged.Where(id => !concerns.Contains(id) || !audited.Contains(id)).ToList();
    }

    private static async Task<string> IssueApiKeyAsync(DatabaseSettings database, TestPartnership partnership)
    {
        await using var db = DatabaseRegistration.CreateContext(database);
        var admin = partnership.Administrator;
        var process = ProcessContext.Start(ProcessType.ApiKeyIssued, Actor.ForPractitioner(admin.Id, admin.AgencyId), TimeProvider.System);
        var issued = await new ApiKeyService(db).IssueAsync(partnership.SchoolId, "Crash harness", partnership.Teacher.Id, process);
        return issued.Secret;
    }

    private static string WriteSigningKey()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tessera-tests");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"audit-key-{Guid.NewGuid():N}.pem");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        return path;
    }

    private sealed record CreatedConcern(Guid Id);
}
