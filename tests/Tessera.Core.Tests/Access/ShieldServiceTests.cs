using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Access;

public class ShieldServiceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_practitioner_shields_an_alias_which_only_the_DSL_and_named_people_then_see(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var aliasId = await db.ChildAliases.Where(a => a.ChildRecordId == p.SchoolChild.Id).Select(a => a.Id).SingleAsync();
        var process = Start(ProcessType.ShieldApplied, p.Teacher.Id, p.SchoolId);

        var outcome = await new ShieldService(db).ShieldAsync(new ShieldInput
        {
            ChildRecordId = p.SchoolChild.Id,
            Target = ShieldTarget.Alias,
            TargetId = aliasId,
            Reason = "Name used by the family while in the refuge",
            ViewerIds = [p.UnenrolledDsl.Id],
        }, process);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.All.Select(e => e.Value)));
        await using var check = DatabaseRegistration.CreateContext(settings);
        var shield = await check.Shields.Include(s => s.Viewers).SingleAsync();
        Assert.Equal(p.SchoolId, shield.OwningAgencyId);
        Assert.Equal(aliasId, shield.TargetId);
        Assert.Equal(new[] { p.Teacher.Id, p.UnenrolledDsl.Id }.Order(), shield.Viewers.Select(v => v.PractitionerId).Order());
        Assert.Contains("ShieldApplied", await check.ProcessEvents.Where(e => e.ProcessId == process.Process.Id).Select(e => e.EventName).ToListAsync());
        var entry = await check.AuditEntries.SingleAsync(e => e.ProcessId == process.Process.Id);
        Assert.Equal("shield", entry.SubjectType);
        Assert.Equal(p.SchoolChild.Id, entry.ChildRecordId);
        Assert.DoesNotContain("Mimi", entry.Detail ?? "", StringComparison.Ordinal);

        var lookup = new ShieldLookup(check);
        var access = new Facts(check);
        Assert.Equal(ShieldState.Visible, (await lookup.ForChildAsync(p.SchoolChild.Id, await access.ForAsync(p.SchoolDsl.Id))).State(ShieldTarget.Alias, aliasId));
        Assert.Equal(ShieldState.Visible, (await lookup.ForChildAsync(p.SchoolChild.Id, await access.ForAsync(p.UnenrolledDsl.Id))).State(ShieldTarget.Alias, aliasId));
        Assert.Equal(ShieldState.Visible, (await lookup.ForChildAsync(p.SchoolChild.Id, await access.ForAsync(p.Teacher.Id))).State(ShieldTarget.Alias, aliasId));
        var privacy = await lookup.ForChildAsync(p.SchoolChild.Id, await access.ForAsync(p.SchoolPrivacyOfficer.Id));
        Assert.Equal(ShieldState.Withheld, privacy.State(ShieldTarget.Alias, aliasId));
        Assert.Equal("Larch Lane Primary School", privacy.OwnerName(ShieldTarget.Alias, aliasId));
        Assert.Equal(ShieldState.None, privacy.State(ShieldTarget.ChildAddress));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Shielding_is_refused_for_another_agency_and_checked_for_reason_target_and_viewers(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new ShieldService(db);

        await Assert.ThrowsAsync<NotPermittedException>(() => service.ShieldAsync(
            new ShieldInput { ChildRecordId = p.SchoolChild.Id, Target = ShieldTarget.ChildAddress, Reason = "x" },
            Start(ProcessType.ShieldApplied, p.PoliceOfficer.Id, p.PoliceId)));

        var otherChildsAlias = Guid.CreateVersion7();
        var invalid = await service.ShieldAsync(
            new ShieldInput { ChildRecordId = p.SchoolChild.Id, Target = ShieldTarget.Alias, TargetId = otherChildsAlias, Reason = " ", ViewerIds = [p.PoliceOfficer.Id] },
            Start(ProcessType.ShieldApplied, p.Teacher.Id, p.SchoolId));
        Assert.False(invalid.Succeeded);
        Assert.Equal(["Reason", "Target", "ViewerIds"], invalid.Errors.All.Select(e => e.Key).Order().ToArray());

        Assert.True((await service.ShieldAsync(new ShieldInput { ChildRecordId = p.SchoolChild.Id, Target = ShieldTarget.ChildAddress, Reason = "Refuge" },
            Start(ProcessType.ShieldApplied, p.Teacher.Id, p.SchoolId))).Succeeded);
        var twice = await service.ShieldAsync(new ShieldInput { ChildRecordId = p.SchoolChild.Id, Target = ShieldTarget.ChildAddress, Reason = "Refuge" },
            Start(ProcessType.ShieldApplied, p.Teacher.Id, p.SchoolId));
        Assert.Equal("That is already shielded", twice.Errors.For("Target"));
        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(1, await check.Shields.CountAsync());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Only_the_DSL_unshields_with_a_reason_and_a_stale_version_is_refused(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        Shield shield;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            shield = (await new ShieldService(db).ShieldAsync(new ShieldInput { ChildRecordId = p.SchoolChild.Id, Target = ShieldTarget.ChildAddress, Reason = "Refuge" },
                Start(ProcessType.ShieldApplied, p.Teacher.Id, p.SchoolId))).Value!;
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var service = new ShieldService(db);
            await Assert.ThrowsAsync<NotPermittedException>(() => service.UnshieldAsync(shield.Id, shield.Version, "Moved out", Start(ProcessType.ShieldLifted, p.Teacher.Id, p.SchoolId)));
            var noReason = await service.UnshieldAsync(shield.Id, shield.Version, "", Start(ProcessType.ShieldLifted, p.SchoolDsl.Id, p.SchoolId));
            Assert.Equal("Enter why this no longer needs shielding", noReason.Errors.For("UnshieldReason"));
            var stale = await service.UnshieldAsync(shield.Id, Guid.NewGuid(), "Moved out", Start(ProcessType.ShieldLifted, p.SchoolDsl.Id, p.SchoolId));
            Assert.Equal(ShieldService.StaleMessage, stale.Errors.For("UnshieldReason"));
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var lifted = await new ShieldService(db).UnshieldAsync(shield.Id, shield.Version, "The family has moved out of the refuge", Start(ProcessType.ShieldLifted, p.SchoolDsl.Id, p.SchoolId));
            Assert.True(lifted.Succeeded);
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            // The same (now old) version again: someone else already changed it.
            var again = await new ShieldService(db).UnshieldAsync(shield.Id, shield.Version, "Twice", Start(ProcessType.ShieldLifted, p.SchoolDsl.Id, p.SchoolId));
            Assert.Equal(ShieldService.StaleMessage, again.Errors.For("UnshieldReason"));
            var saved = await db.Shields.AsNoTracking().SingleAsync();
            Assert.False(saved.IsActive);
            Assert.Equal("The family has moved out of the refuge", saved.UnshieldReason);
            Assert.Equal(p.SchoolDsl.Id, saved.UnshieldedById);
            Assert.Equal(1, await db.ProcessEvents.CountAsync(e => e.EventName == "ShieldLifted"));
            // One audit entry for shielding, one for lifting; the refused attempts saved nothing.
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.SubjectType == "shield" && e.Action == AuditAction.Update));
        }
    }

    private ProcessContext Start(ProcessType type, Guid practitionerId, Guid agencyId) =>
        ProcessContext.Start(type, Actor.ForPractitioner(practitionerId, agencyId), _clock);

    private async Task<(DatabaseSettings, TestPartnership)> SetUpAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }

    private sealed class Facts(TesseraDbContext db)
    {
        public async Task<PractitionerFacts> ForAsync(Guid id) =>
            await db.Users.Where(u => u.Id == id).Select(u => new PractitionerFacts(u.Id, u.AgencyId, u.TeamId, u.Roles, u.IsDisabled)).SingleAsync();
    }
}
