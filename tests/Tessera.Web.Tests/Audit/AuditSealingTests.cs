using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Models;
using Tessera.TestSupport;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Audit;

public sealed class AuditSealingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tessera-audit-sealing", Guid.NewGuid().ToString("N"));

    public AuditSealingTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<DatabaseProvider> Providers => new(TestDatabases.Providers);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_web_app_seals_every_entry_and_signs_a_checkpoint_by_the_time_it_has_stopped(DatabaseProvider provider)
    {
        var keyFile = Path.Combine(_folder, "audit-key.pem");
        using var key = AuditSigningKey.Generate();
        await File.WriteAllTextAsync(keyFile, key.ExportPrivateKeyPem(), TestContext.Current.CancellationToken);
        var app = new TesseraApp(provider, new Dictionary<string, string> { ["Audit:SigningKeyFile"] = keyFile });
        await app.StartAsync();
        var database = app.Database;
        await using (var db = app.CreateDbContext())
        {
            db.AuditEntries.Add(new AuditEntry { At = app.Clock.GetUtcNow(), Action = AuditAction.Read, SubjectType = "child", ChildRecordId = Guid.NewGuid() });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await app.DisposeAsync();

        await using var check = DatabaseRegistration.CreateContext(database);
        var result = await new AuditVerifier(check).VerifyAsync(key.PublicKey, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Passed, result.Problem);
        Assert.Equal(0, result.UnsealedEntries);
        Assert.Equal(await check.AuditEntries.LongCountAsync(TestContext.Current.CancellationToken), result.ChainLength);
        Assert.Equal(result.ChainLength, await check.AuditCheckpoints.MaxAsync(c => c.ChainIndex, TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
