using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Modules.Retention.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;

namespace Tessera.Core.Tests.Retention;

public sealed class RetentionServiceTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_record_is_due_on_its_25th_birthday_and_not_the_day_before(DatabaseProvider provider)
    {
        var arrange = await RetentionArrange.CreateAsync(provider, _clock);
        var child = await arrange.ChildAsync(Today.AddYears(-25).AddDays(1));
        await using var db = arrange.Db();

        Assert.DoesNotContain(child.Id, (await arrange.Retention(db).FindDueAsync(Today)).Records.Select(r => r.Id));
        var due = Assert.Single((await arrange.Retention(db).FindDueAsync(Today.AddDays(1))).Records);
        Assert.Equal(child.Id, due.Id);
        Assert.False(due.Held);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_run_erases_everything_about_the_record_and_audits_each_erasure_with_ids_only(DatabaseProvider provider)
    {
        var arrange = await RetentionArrange.CreateAsync(provider, _clock);
        var p = arrange.Partnership;
        var old = await arrange.ChildAsync(Today.AddYears(-25), address: "1 Erased Lane");
        var concern = await arrange.ConcernAsync(old);
        var siblingConcern = await arrange.ConcernAsync(p.SchoolSibling, "Leo and Robin were left alone.", old);
        await arrange.ShieldAsync(old, ShieldTarget.ChildAddress);
        var lifted = await arrange.HoldAsync(old);
        await using (var db = arrange.Db())
        {
            Assert.True((await arrange.Holds(db).LiftAsync(lifted.Id, arrange.PrivacyProcess(ProcessType.LegalHoldLifted))).Succeeded);
            db.ChildAssignments.Add(new ChildAssignment { Id = Guid.CreateVersion7(), ChildRecordId = old.Id, PractitionerId = p.Teacher.Id, AssignedById = p.SchoolDsl.Id, Reason = "Cover", AssignedAt = _clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        long lastEntryBefore;
        int entriesBefore;
        await using (var db = arrange.Db())
        {
            lastEntryBefore = await db.AuditEntries.MaxAsync(e => e.Id);
            entriesBefore = await db.AuditEntries.CountAsync();
        }

        await using (var db = arrange.Db())
        {
            var report = await arrange.Retention(db).RunAsync(Today, dryRun: false);
            Assert.Equal(1, report.Schedules.Single(s => s.Code == RetentionDefaults.ChildRecord).Erased);
            Assert.Equal(0, report.KeptUnderLegalHold);
        }

        await using var check = arrange.Db();
        Assert.False(await check.ChildRecords.AnyAsync(c => c.Id == old.Id));
        Assert.False(await check.ChildAliases.AnyAsync(a => a.ChildRecordId == old.Id));
        Assert.False(await check.RelatedAdults.AnyAsync(a => a.ChildRecordId == old.Id));
        Assert.False(await check.Concerns.AnyAsync(c => c.Id == concern.Id));
        Assert.False(await check.ConcernActions.AnyAsync(a => a.ConcernId == concern.Id));
        Assert.False(await check.ConcernAmendments.AnyAsync(a => a.ConcernId == concern.Id));
        Assert.False(await check.Set<ConcernLinkedChild>().AnyAsync(l => l.ChildRecordId == old.Id));
        Assert.False(await check.Shields.AnyAsync(s => s.ChildRecordId == old.Id));
        Assert.False(await check.ChildAssignments.AnyAsync(a => a.ChildRecordId == old.Id));
        Assert.False(await check.LegalHolds.AnyAsync(h => h.ChildRecordId == old.Id));
        Assert.True(await check.Concerns.AnyAsync(c => c.Id == siblingConcern.Id), "Another child's concern stays; only the link to the erased child goes.");
        Assert.True(await check.ChildRecords.AnyAsync(c => c.Id == p.SchoolChild.Id));

        // Nothing in the audit log was removed, and the erasure is there with ids only.
        Assert.Equal(entriesBefore, await check.AuditEntries.CountAsync(e => e.Id <= lastEntryBefore));
        var erasure = await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.Erasure);
        Assert.Equal(old.Id, erasure.ChildRecordId);
        Assert.Equal(old.Id, erasure.SubjectId);
        Assert.Equal(ActorKind.System, erasure.ActorKind);
        Assert.DoesNotContain("Robin", erasure.Detail ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Oldrecord", erasure.Detail ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Erased Lane", erasure.Detail ?? "", StringComparison.OrdinalIgnoreCase);
        var events = await check.ProcessEvents.Where(e => e.ProcessId == erasure.ProcessId).Select(e => e.EventName).ToListAsync();
        Assert.Equal(["ChildRecordErased"], events);
        Assert.True(await check.AuditEntries.AnyAsync(e => e.ChildRecordId == old.Id && e.Id <= lastEntryBefore), "Entries about the erased child are kept.");
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_legal_hold_keeps_the_record_and_everything_about_it(DatabaseProvider provider)
    {
        var arrange = await RetentionArrange.CreateAsync(provider, _clock);
        var held = await arrange.ChildAsync(Today.AddYears(-30));
        var concern = await arrange.ConcernAsync(held);
        await arrange.HoldAsync(held);

        await using (var db = arrange.Db())
        {
            var report = await arrange.Retention(db).RunAsync(Today, dryRun: false);
            var line = report.Schedules.Single(s => s.Code == RetentionDefaults.ChildRecord);
            Assert.Equal(0, line.Erased);
            Assert.Equal(1, line.KeptUnderLegalHold);
            Assert.Contains("kept: legal hold 1", report.Lines().Single(l => l.StartsWith(RetentionDefaults.ChildRecord + " ", StringComparison.Ordinal)), StringComparison.Ordinal);
        }

        await using var check = arrange.Db();
        Assert.True(await check.ChildRecords.AnyAsync(c => c.Id == held.Id));
        Assert.True(await check.Concerns.AnyAsync(c => c.Id == concern.Id));
        Assert.True(await check.ConcernActions.AnyAsync(a => a.ConcernId == concern.Id));
        Assert.True(await check.RelatedAdults.AnyAsync(a => a.ChildRecordId == held.Id));
        Assert.False(await check.AuditEntries.AnyAsync(e => e.Action == AuditAction.Erasure));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Concerns_go_at_the_concern_age_while_the_record_stays_and_a_dry_run_erases_nothing(DatabaseProvider provider)
    {
        var arrange = await RetentionArrange.CreateAsync(provider, _clock);
        var ordinary = await arrange.ChildAsync(Today.AddYears(-20));
        var ordinaryConcern = await arrange.ConcernAsync(ordinary);
        var protection = await arrange.ChildAsync(Today.AddYears(-20), code: RetentionDefaults.SchoolChildProtection);
        var protectionConcern = await arrange.ConcernAsync(protection);
        await using (var db = arrange.Db())
        {
            await db.RetentionSchedules.Where(s => s.Code == RetentionDefaults.Concern).ExecuteUpdateAsync(s => s.SetProperty(x => x.KeepUntilAge, 18));
        }

        await using (var db = arrange.Db())
        {
            var dry = await arrange.Retention(db).RunAsync(Today, dryRun: true);
            Assert.Equal(1, dry.Schedules.Single(s => s.Code == RetentionDefaults.Concern).Erased);
            Assert.True(await db.Concerns.AnyAsync(c => c.Id == ordinaryConcern.Id), "A dry run erases nothing.");

            var report = await arrange.Retention(db).RunAsync(Today, dryRun: false);
            Assert.Equal(1, report.Schedules.Single(s => s.Code == RetentionDefaults.Concern).Erased);
        }

        await using var check = arrange.Db();
        Assert.False(await check.Concerns.AnyAsync(c => c.Id == ordinaryConcern.Id));
        Assert.False(await check.ConcernActions.AnyAsync(a => a.ConcernId == ordinaryConcern.Id));
        Assert.True(await check.ChildRecords.AnyAsync(c => c.Id == ordinary.Id));
        Assert.True(await check.Concerns.AnyAsync(c => c.Id == protectionConcern.Id), "A child protection record keeps its concerns as long as itself.");
        var erasure = await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.Erasure);
        Assert.Equal(ordinaryConcern.Id, erasure.SubjectId);
        Assert.Equal(ordinary.Id, erasure.ChildRecordId);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_schedule_change_that_would_make_held_records_due_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        var arrange = await RetentionArrange.CreateAsync(provider, _clock);
        await arrange.HoldAsync(await arrange.ChildAsync(Today.AddYears(-20)));
        await arrange.HoldAsync(await arrange.ChildAsync(Today.AddYears(-21)));
        Guid version;
        await using (var db = arrange.Db())
        {
            version = (await db.RetentionSchedules.SingleAsync(s => s.Code == RetentionDefaults.ChildRecord)).Version;
        }

        await using (var db = arrange.Db())
        {
            var outcome = await new RetentionScheduleService(db).ChangeAsync(RetentionDefaults.ChildRecord, 18, version, Today, arrange.PrivacyProcess(ProcessType.RetentionScheduleChanged));
            Assert.False(outcome.Succeeded);
            Assert.Equal("This change would make 2 records under legal hold due for erasure. Lift the holds first or choose a longer period.", outcome.Errors.For("KeepUntilAge"));
        }

        await using (var db = arrange.Db())
        {
            Assert.Equal(25, (await db.RetentionSchedules.SingleAsync(s => s.Code == RetentionDefaults.ChildRecord)).KeepUntilAge);
            Assert.False(await db.Processes.AnyAsync(p => p.Type == ProcessType.RetentionScheduleChanged));

            // A period the held records have not reached is fine.
            var outcome = await new RetentionScheduleService(db).ChangeAsync(RetentionDefaults.ChildRecord, 22, version, Today, arrange.PrivacyProcess(ProcessType.RetentionScheduleChanged));
            Assert.True(outcome.Succeeded);
        }

        await using (var db = arrange.Db())
        {
            var saved = await db.RetentionSchedules.SingleAsync(s => s.Code == RetentionDefaults.ChildRecord);
            Assert.Equal(22, saved.KeepUntilAge);
            Assert.Equal("Kept until the child's 22nd birthday.", saved.Description);
            Assert.True(await db.ProcessEvents.AnyAsync(e => e.EventName == "RetentionScheduleChanged"));

            // The page's copy is now stale: refused with a clear message.
            var stale = await new RetentionScheduleService(db).ChangeAsync(RetentionDefaults.ChildRecord, 40, version, Today, arrange.PrivacyProcess(ProcessType.RetentionScheduleChanged));
            Assert.StartsWith("Someone else changed this schedule", stale.Errors.For("KeepUntilAge"), StringComparison.Ordinal);
            var outOfRange = await new RetentionScheduleService(db).ChangeAsync(RetentionDefaults.ChildRecord, 0, saved.Version, Today, arrange.PrivacyProcess(ProcessType.RetentionScheduleChanged));
            Assert.Equal("The age must be a whole number from 1 to 120", outOfRange.Errors.For("KeepUntilAge"));
        }
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Only_the_owning_agencys_privacy_officer_places_a_hold_and_a_reason_is_required(DatabaseProvider provider)
    {
        var arrange = await RetentionArrange.CreateAsync(provider, _clock);
        var p = arrange.Partnership;
        await using var db = arrange.Db();
        var holds = arrange.Holds(db);

        var noReason = await holds.PlaceAsync(p.SchoolChild.Id, " ", arrange.PrivacyProcess(ProcessType.LegalHoldPlaced));
        Assert.Equal("Enter why the record must be kept", noReason.Errors.For("Reason"));
        await Assert.ThrowsAsync<NotPermittedException>(() => holds.PlaceAsync(p.PoliceChild.Id, "x", arrange.PrivacyProcess(ProcessType.LegalHoldPlaced)));
        await Assert.ThrowsAsync<NotPermittedException>(() => holds.PlaceAsync(p.SchoolChild.Id, "x",
            ProcessContext.Start(ProcessType.LegalHoldPlaced, Actor.ForPractitioner(p.SchoolDsl.Id, p.SchoolId), _clock)));
        Assert.False(await db.LegalHolds.AnyAsync());
    }
}
