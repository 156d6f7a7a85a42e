using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Calendar;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Decisions;
using Tessera.Core.Modules.Sharing.Gateways;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;

namespace Tessera.Core.Tests.Sharing;

public sealed class GatewayRegistryTests
{
    private static readonly ProposeGatewayChangeInput CommenceDutyToShare = new()
    {
        Change = GatewayChangeKind.Amend,
        Code = "ca2004-s16la",
        Title = "Children Act 2004 sections 16LA and 16LC (2026)",
        AppliesTo = "Section 11 bodies, education and childcare agencies, and their contractors",
        Kind = GatewayKind.Duty,
        Allows = "Share information relevant to a child's safeguarding or welfare unless sharing is more detrimental to the child than not sharing.",
        SenderTypes = [AgencyType.ChildrensSocialCare, AgencyType.EarlyHelp, AgencyType.Police, AgencyType.IntegratedCareBoard, AgencyType.HospitalTrust, AgencyType.GpPractice, AgencyType.School, AgencyType.College, AgencyType.EarlyYears],
        Purposes = [SharingPurpose.Safeguarding, SharingPurpose.WelfareOrEarlyHelp],
        InForce = true,
        CreatesLegalObligation = true,
        Reason = "The commencement regulations are in force.",
    };

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_registry_is_seeded_from_the_domain_brief(DatabaseProvider provider)
    {
        var a = await SharingRulesArrange.CreateAsync(provider);
        await using var db = a.Db();

        var current = await new GatewayRegistry(db).CurrentAsync();

        Assert.Equal(1, current.Version);
        Assert.Equal(GatewaySeed.Gateways, current.Gateways, new EntryComparer());
        Assert.False(current.Find("CA2004-S16LA")!.InForce);
        Assert.Null(await new GatewayRegistry(db).VersionAsync(2));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_change_takes_effect_only_when_every_statutory_partner_has_approved(DatabaseProvider provider)
    {
        var a = await SharingRulesArrange.CreateAsync(provider);
        Guid proposalId;
        await using (var db = a.Db())
        {
            var proposed = await Admin(db).ProposeAsync(CommenceDutyToShare, a.Start(ProcessType.GatewayChangeProposed, a.P.Administrator));
            Assert.True(proposed.Succeeded);
            proposalId = proposed.Value!.Id;
            Assert.Equal("CA2004-S16LA", proposed.Value.Code);
        }

        // The police's administrator, the ICB's privacy officer: still the old version.
        foreach (var approver in new[] { a.P.Administrator, a.IcbPrivacyOfficer })
        {
            await using var db = a.Db();
            Assert.True((await Admin(db).ApproveAsync(proposalId, a.Start(ProcessType.GatewayChangeApproved, approver))).Succeeded);
            Assert.Equal(1, (await new GatewayRegistry(db).CurrentAsync()).Version);
        }

        a.Clock.Advance(TimeSpan.FromHours(1));
        await using (var db = a.Db())
        {
            var last = await Admin(db).ApproveAsync(proposalId, a.Start(ProcessType.GatewayChangeApproved, a.SocialCareDsl));
            Assert.True(last.Succeeded);
            Assert.Equal(2, last.Value!.AdoptedVersion);
        }

        await using (var db = a.Db())
        {
            var registry = new GatewayRegistry(db);
            var current = await registry.CurrentAsync();
            Assert.Equal(2, current.Version);
            Assert.Equal(a.Clock.GetUtcNow(), current.EffectiveFrom);
            Assert.True(current.Find("CA2004-S16LA")!.InForce);
            Assert.Equal(GatewaySeed.Gateways.Select(g => g.Code), current.Gateways.Select(g => g.Code));
            Assert.False((await registry.VersionAsync(1))!.Find("CA2004-S16LA")!.InForce);

            var facts = new SharingFacts(AgencyType.School, AgencyType.ChildrensSocialCare, SharingPurpose.Safeguarding, ConsentState.NotSought, ConsentNotSoughtReason.WouldIncreaseRisk, DataCategories.PersonalData);
            var suggestion = LawfulBasisEngine.Suggest(facts, current);
            Assert.Equal(Article6Basis.LegalObligation, suggestion.Article6);
            Assert.Equal(2, suggestion.RegistryVersion);
            Assert.Equal(["GatewayChangeProposed", "GatewayChangeApproved", "GatewayChangeApproved", "GatewayChangeApproved", "GatewayRegistryVersionAdopted"],
                await db.ProcessEvents.Where(e => e.EventType >= 750 && e.EventType < 760).OrderBy(e => e.OccurredAt).ThenBy(e => e.EventType).Select(e => e.EventName).ToListAsync());
            Assert.True(await db.InboxItems.AnyAsync(i => i.RecipientId == a.SocialCareDsl.Id && i.Kind == InboxItemKind.GatewayChangeAwaitingApproval));
        }
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Only_representatives_approve_once_per_partner_and_only_administrators_propose(DatabaseProvider provider)
    {
        var a = await SharingRulesArrange.CreateAsync(provider);
        await using var db = a.Db();
        var admin = Admin(db);
        await Assert.ThrowsAsync<NotPermittedException>(() => admin.ProposeAsync(CommenceDutyToShare, a.Start(ProcessType.GatewayChangeProposed, a.SocialCareDsl)));

        var invalid = await admin.ProposeAsync(new ProposeGatewayChangeInput { Change = GatewayChangeKind.Add, Code = "CA1989-S17", Reason = "" }, a.Start(ProcessType.GatewayChangeProposed, a.P.Administrator));
        Assert.Equal(["Allows", "AppliesTo", "Code", "Kind", "Reason", "Title"], invalid.Errors.All.Select(e => e.Key).Order().ToArray());

        var proposalId = (await admin.ProposeAsync(CommenceDutyToShare, a.Start(ProcessType.GatewayChangeProposed, a.P.Administrator))).Value!.Id;
        var twice = await admin.ProposeAsync(CommenceDutyToShare, a.Start(ProcessType.GatewayChangeProposed, a.P.Administrator));
        Assert.Contains("already awaiting approval", twice.Errors.For("Code"));

        // A school DSL is senior but not a statutory partner; a police constable is a partner but not a representative.
        Assert.False((await admin.ApproveAsync(proposalId, a.Start(ProcessType.GatewayChangeApproved, a.P.SchoolDsl))).Succeeded);
        Assert.False((await admin.ApproveAsync(proposalId, a.Start(ProcessType.GatewayChangeApproved, a.P.PoliceOfficer))).Succeeded);
        Assert.True((await admin.ApproveAsync(proposalId, a.Start(ProcessType.GatewayChangeApproved, a.P.Administrator))).Succeeded);
        var again = await admin.ApproveAsync(proposalId, a.Start(ProcessType.GatewayChangeApproved, a.P.Administrator));
        Assert.Equal("Police has already approved this change", again.Errors.For("Approve"));
        Assert.Equal(1, await db.GatewayChangeApprovals.CountAsync());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_proposal_made_against_an_older_version_cannot_be_adopted(DatabaseProvider provider)
    {
        var a = await SharingRulesArrange.CreateAsync(provider);
        Guid withdrawal, amendment;
        await using (var db = a.Db())
        {
            withdrawal = (await Admin(db).ProposeAsync(new ProposeGatewayChangeInput { Change = GatewayChangeKind.Withdraw, Code = "VPA2024-ENCOMPASS", Reason = "Test withdrawal." },
                a.Start(ProcessType.GatewayChangeProposed, a.P.Administrator))).Value!.Id;
            amendment = (await Admin(db).ProposeAsync(CommenceDutyToShare, a.Start(ProcessType.GatewayChangeProposed, a.P.Administrator))).Value!.Id;
        }

        foreach (var approver in new[] { a.P.Administrator, a.IcbPrivacyOfficer, a.SocialCareDsl })
        {
            await using var db = a.Db();
            Assert.True((await Admin(db).ApproveAsync(withdrawal, a.Start(ProcessType.GatewayChangeApproved, approver))).Succeeded);
        }

        await using (var db = a.Db())
        {
            Assert.Null((await new GatewayRegistry(db).CurrentAsync()).Find("VPA2024-ENCOMPASS"));
            var stale = await Admin(db).ApproveAsync(amendment, a.Start(ProcessType.GatewayChangeApproved, a.P.Administrator));
            Assert.Contains("changed to version 2", stale.Errors.For("Approve"));
        }
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_calendar_reads_the_seeded_bank_holidays(DatabaseProvider provider)
    {
        var a = await SharingRulesArrange.CreateAsync(provider);
        await using var db = a.Db();

        var due = await new WorkingDayCalendar(db).AddWorkingDaysAsync(new DateTimeOffset(2026, 12, 24, 10, 0, 0, TimeSpan.Zero), 1);

        Assert.Equal(new DateTimeOffset(2026, 12, 29, 10, 0, 0, TimeSpan.Zero), due);
        Assert.Equal(32, await db.BankHolidays.CountAsync());
    }

    private static GatewayRegistryAdministration Admin(TesseraDbContext db) => new(db, new GatewayRegistry(db), new Inbox(db));

    private sealed class EntryComparer : IEqualityComparer<GatewayEntry>
    {
        public bool Equals(GatewayEntry? x, GatewayEntry? y) => x is not null && y is not null && x.Code == y.Code && x.Title == y.Title
            && x.Allows == y.Allows && x.Kind == y.Kind && x.InForce == y.InForce && x.RequiresData == y.RequiresData
            && x.SenderTypes.SequenceEqual(y.SenderTypes) && x.RecipientTypes.SequenceEqual(y.RecipientTypes) && x.Purposes.SequenceEqual(y.Purposes);

        public int GetHashCode(GatewayEntry obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
