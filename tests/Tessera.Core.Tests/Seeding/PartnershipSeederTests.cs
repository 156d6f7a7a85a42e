using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Seeding;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Seeding;

public sealed class PartnershipSeederTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 15, 10, 30, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Seeds_a_small_partnership_in_batches(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await TestDatabases.CreateAsync(provider);
        var options = new SeedOptions { Children = 50, Seed = 11, ConcernsPerChild = 4, BatchSize = 20 };
        var reports = new List<SeedProgress>();
        var expected = new SyntheticPartnershipGenerator(options, Clock.GetUtcNow()).GenerateAllChildren();

        SeedResult result;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            result = await PartnershipSeeder.SeedAsync(db, Clock, options, new ListProgress(reports), ct);
        }

        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(1, await check.Partnerships.CountAsync(ct));
        Assert.Equal(RiversidePartnership.Agencies.Count, await check.Agencies.CountAsync(ct));
        Assert.Equal(DemoSignIns.All.Count, await check.Users.CountAsync(ct));
        Assert.Equal(expected.Records.Count, await check.ChildRecords.CountAsync(ct));
        Assert.Equal(expected.Records.Sum(r => r.RelatedAdults.Count), await check.RelatedAdults.CountAsync(ct));
        Assert.Equal(expected.Concerns.Count, await check.Concerns.CountAsync(ct));
        Assert.Equal(expected.Concerns.Sum(c => c.Actions.Count), await check.ConcernActions.CountAsync(ct));
        Assert.Equal(expected.InboxItems.Count, await check.InboxItems.CountAsync(ct));
        Assert.Equal(expected.Records.Count, result.ChildRecords);
        Assert.Equal(expected.Records.Count, result.Truth.Count);

        // Values round-trip through the fast bulk writers exactly as EF would store them.
        var cutoff = Clock.GetUtcNow().AddDays(-30);
        var born = new DateOnly(2015, 1, 1);
        Assert.Equal(expected.Concerns.Count(c => c.RecordedAt > cutoff), await check.Concerns.CountAsync(c => c.RecordedAt > cutoff, ct));
        Assert.Equal(expected.Records.Count(r => r.DateOfBirth < born), await check.ChildRecords.CountAsync(r => r.DateOfBirth < born, ct));
        var sample = expected.Concerns.First(c => c.Status == ConcernStatus.Closed);
        var stored = await check.Concerns.Include(c => c.Actions).SingleAsync(c => c.Id == sample.Id, ct);
        Assert.Equal((sample.ChildRecordId, sample.LevelOfNeed, sample.RecordedAt, sample.ClosedAt, sample.Outcome, sample.Actions.Count),
            (stored.ChildRecordId, stored.LevelOfNeed, stored.RecordedAt, stored.ClosedAt, stored.Outcome, stored.Actions.Count));
        var child = expected.Records.First(r => r.NhsNumber is not null && r.RelatedAdults.Count > 0);
        var storedChild = await check.ChildRecords.Include(r => r.RelatedAdults).SingleAsync(r => r.AgencyId == child.AgencyId && r.NhsNumber == child.NhsNumber, ct);
        Assert.Equal((child.Id, child.GivenNameSearch, child.DateOfBirth, child.Sex, child.CreatedAt), (storedChild.Id, storedChild.GivenNameSearch, storedChild.DateOfBirth, storedChild.Sex, storedChild.CreatedAt));
        Assert.Equal(child.RelatedAdults.Select(a => a.Name).Order(), storedChild.RelatedAdults.Select(a => a.Name).Order());

        // Every DSL has unread alerts for open concerns in their own agency.
        var dsl = (int)PractitionerRoles.DesignatedSafeguardingLead;
        var leads = await check.Users.Where(p => ((int)p.Roles & dsl) != 0).ToListAsync(ct);
        foreach (var lead in leads)
        {
            var alerts = await check.InboxItems.Where(i => i.RecipientId == lead.Id && i.ReadAt == null).Select(i => i.SubjectId).ToListAsync(ct);
            Assert.NotEmpty(alerts);
            Assert.True(await check.Concerns.AnyAsync(c => alerts.Contains(c.Id) && c.AgencyId == lead.AgencyId && c.Status == ConcernStatus.Open, ct));
        }

        // One seeding process, with partnership events and one summary event.
        var process = await check.Processes.Include(p => p.Events).SingleAsync(ct);
        Assert.Equal(ProcessType.Seeding, process.Type);
        Assert.Equal(ActorKind.System, process.ActorKind);
        Assert.Equal(result.ProcessId, process.Id);
        Assert.Single(process.Events, e => e.EventName == nameof(PartnershipCreated));
        Assert.Equal(RiversidePartnership.Agencies.Count, process.Events.Count(e => e.EventName == nameof(AgencyAdded)));
        var summary = Assert.Single(process.Events, e => e.EventName == nameof(SyntheticDataSeeded));
        Assert.Contains($"\"concerns\":{expected.Concerns.Count}", summary.Payload, StringComparison.Ordinal);

        // Accounts are ready to sign in with the demo password, without two-factor.
        var admin = await check.Users.SingleAsync(u => u.NormalizedEmail == "ADMIN@RIVERSIDE-COUNCIL.EXAMPLE", ct);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Practitioner>().VerifyHashedPassword(admin, admin.PasswordHash!, DemoSignIns.Password));
        Assert.All(await check.Users.ToListAsync(ct), u =>
        {
            Assert.Equal(u.Email, u.UserName);
            Assert.Equal(u.Email!.ToUpperInvariant(), u.NormalizedUserName);
            Assert.True(u.EmailConfirmed);
            Assert.True(u.LockoutEnabled);
            Assert.False(u.TwoFactorEnabled);
            Assert.False(string.IsNullOrEmpty(u.SecurityStamp));
        });

        Assert.Equal(3, reports.Count(r => r.Stage == "Children"));
        Assert.Equal(50, reports.Last().ChildrenWritten);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Refuses_to_seed_a_database_that_has_agencies(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await TestDatabases.CreateAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        await PartnershipSeeder.SeedAsync(db, Clock, new SeedOptions { Children = 5 }, cancellationToken: ct);

        await Assert.ThrowsAsync<SeedingRefusedException>(() => PartnershipSeeder.SeedAsync(db, Clock, new SeedOptions { Children = 5 }, cancellationToken: ct));
        Assert.Equal(1, await db.Processes.CountAsync(ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Demo_seeder_seeds_once_and_then_does_nothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await TestDatabases.CreateAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);

        Assert.True(await DemoSeeder.SeedIfEmptyAsync(db, Clock, ct));
        var records = await db.ChildRecords.CountAsync(ct);
        var concerns = await db.Concerns.CountAsync(ct);
        var processes = await db.Processes.CountAsync(ct);

        Assert.False(await DemoSeeder.SeedIfEmptyAsync(db, Clock, ct));
        Assert.Equal(records, await db.ChildRecords.CountAsync(ct));
        Assert.Equal(concerns, await db.Concerns.CountAsync(ct));
        // The seed is recorded as processes (the partnership, then the practice library); a second call adds none.
        Assert.InRange(processes, 1, 5);
        Assert.Equal(processes, await db.Processes.CountAsync(ct));
        Assert.InRange(records, SeedOptions.DemoChildren, SeedOptions.DemoChildren * 4);
        Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
    }

    private sealed class ListProgress(List<SeedProgress> reports) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => reports.Add(value);
    }
}
