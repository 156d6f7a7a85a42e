using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Audit;

public class AuditAppenderTests
{
    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Every_read_recorded_at_once_is_committed_before_its_caller_goes_on(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var childIds = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();
        await using (var appender = new AuditAppender(settings))
        {
            // Each caller checks its own entry is readable from another connection as soon as its append completes.
            var visible = await Task.WhenAll(childIds.Select(async id =>
            {
                await using var own = DatabaseRegistration.CreateContext(settings);
                var trail = new AuditTrail(own, TimeProvider.System, new AuditSettings(), appender);
                await trail.RecordAsync(AuditAction.Read, Actor.ForPractitioner(Guid.NewGuid(), Guid.NewGuid()), "child", id, id);
                await using var check = DatabaseRegistration.CreateContext(settings);
                return await check.AuditEntries.AnyAsync(e => e.ChildRecordId == id && e.Action == AuditAction.Read);
            }));
            Assert.All(visible, Assert.True);
        }

        await using var db = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(childIds.Count, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Read, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_read_recorded_alongside_unsaved_changes_commits_with_them(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        await using var appender = new AuditAppender(settings);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var trail = new AuditTrail(db, TimeProvider.System, new AuditSettings(), appender);
        var actor = Actor.ForPractitioner(Guid.NewGuid(), Guid.NewGuid());
        var pending = trail.Add(AuditAction.Search, actor, "child-search", null);

        await trail.RecordAsync(AuditAction.Read, actor, "child", Guid.NewGuid());

        // The pending entry was saved by the same SaveChanges as the read, not left behind.
        Assert.True(pending.Id > 0);
        Assert.Equal(2, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }
}
