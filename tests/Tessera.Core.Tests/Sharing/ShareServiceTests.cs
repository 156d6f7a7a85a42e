using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Sharing;

public class ShareServiceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_sent_share_keeps_a_copy_of_what_was_shared_alerts_the_recipient_and_lets_them_see_the_child(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        var concern = await RecordConcernAsync(settings, p);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var draft = await new ShareDrafts(db).StartAsync(p.SchoolChild.Id, concern.Id, Start(ProcessType.ShareDraftStarted, p));

        var outcome = await Service(db).SendAsync(Valid(p, concern) with { ShareDraftId = draft.Id }, Start(ProcessType.ShareSent, p));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.All.Select(e => e.Value)));
        await using var check = DatabaseRegistration.CreateContext(settings);
        var share = await check.Shares.Include(s => s.Items).SingleAsync();
        Assert.Equal("Arrived with bruising to both arms.", share.Items.Single().WhatHappened);
        Assert.Equal("I think this needs looking at today.", share.Items.Single().PractitionerView);
        Assert.Equal(Article6Basis.PublicTask, share.LawfulBasis);
        Assert.Equal(1, share.GatewayRegistryVersion);
        Assert.Equal("Practitioner", share.SenderRole);
        Assert.NotNull(share.SuggestedLawfulBasis);
        Assert.NotNull((await check.ShareDrafts.SingleAsync()).CompletedAt);
        var alert = await check.InboxItems.SingleAsync(i => i.RecipientId == p.PoliceOfficer.Id);
        Assert.DoesNotContain("Mia", alert.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Testperson", alert.Subject, StringComparison.Ordinal);
        Assert.Contains("InformationShared", await check.ProcessEvents.Select(e => e.EventName).ToListAsync());

        var access = new AccessService(check, _clock, new AuditTrail(check, _clock, new AuditSettings()), [new ShareAccessFacts(check)]);
        var officer = Actor.ForPractitioner(p.PoliceOfficer.Id, p.PoliceId);
        Assert.Contains((await access.DecideAsync(officer, p.SchoolChild.Id, AccessPurpose.ViewShared)).Relationships, r => r.Kind == RelationshipKind.Share);
        Assert.False((await access.DecideAsync(officer, p.SchoolChild.Id, AccessPurpose.View)).Allowed);
        Assert.False((await access.DecideAsync(officer, p.SchoolSibling.Id, AccessPurpose.ViewShared)).Allowed);
        Assert.False((await access.DecideAsync(Actor.ForPractitioner(p.Clinician.Id, p.HospitalId), p.SchoolChild.Id, AccessPurpose.ViewShared)).Allowed);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_share_without_a_lawful_basis_or_to_someone_outside_the_partnership_is_not_sent(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        var concern = await RecordConcernAsync(settings, p);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var input = Valid(p, concern) with { LawfulBasis = null, GatewayCode = "NOT-A-GATEWAY", RecipientAgencyId = Guid.NewGuid() };

        var outcome = await Service(db).SendAsync(input, Start(ProcessType.ShareSent, p));

        Assert.False(outcome.Succeeded);
        Assert.True(outcome.Errors.Has(nameof(SendShareInput.LawfulBasis)));
        Assert.True(outcome.Errors.Has(nameof(SendShareInput.GatewayCode)));
        Assert.Contains("partnership", outcome.Errors.For(nameof(SendShareInput.RecipientAgencyId)), StringComparison.Ordinal);
        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(0, await check.Shares.CountAsync());
        Assert.Equal(0, await check.InboxItems.CountAsync(i => i.RecipientId == p.PoliceOfficer.Id));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_shielded_concern_or_one_amended_since_it_was_chosen_is_not_sent_and_the_draft_is_kept(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        var concern = await RecordConcernAsync(settings, p);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var draft = await new ShareDrafts(db).StartAsync(p.SchoolChild.Id, concern.Id, Start(ProcessType.ShareDraftStarted, p));
        _clock.Advance(TimeSpan.FromMinutes(5));
        await new ConcernManagement(db, new Inbox(db)).AmendAsync(concern.Id, "The bruising was on one arm only.",
            ProcessContext.Start(ProcessType.ConcernAmended, Actor.ForPractitioner(p.SchoolDsl.Id, p.SchoolId), _clock));

        var stale = await Service(db).SendAsync(ShareDrafts.ToInput(draft, []) with
        {
            Purpose = SharingPurpose.Safeguarding,
            Consent = ConsentState.NotSought,
            ConsentNotSoughtReason = ConsentNotSoughtReason.WouldIncreaseRisk,
            RecipientKind = ShareRecipientKind.Agency,
            RecipientAgencyId = p.PoliceId,
            SummaryFacts = "Bruising.",
            FamilyTold = true,
            LawfulBasis = Article6Basis.PublicTask,
            GatewayCode = GatewaySeedCode,
        }, Start(ProcessType.ShareSent, p));

        Assert.Contains("changed since you chose it", stale.Errors.For(nameof(SendShareInput.Concerns)), StringComparison.Ordinal);
        db.Shields.Add(new Shield
        {
            Id = Guid.CreateVersion7(),
            ChildRecordId = p.SchoolChild.Id,
            OwningAgencyId = p.SchoolId,
            Target = ShieldTarget.Concern,
            TargetId = concern.Id,
            Reason = "Names a witness",
            ShieldedById = p.SchoolDsl.Id,
            ShieldedAt = _clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        var shielded = await Service(db).SendAsync(Valid(p, concern), Start(ProcessType.ShareSent, p));
        Assert.Contains("shielded", shielded.Errors.For(nameof(SendShareInput.Concerns)), StringComparison.Ordinal);

        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(0, await check.Shares.CountAsync());
        var kept = await check.ShareDrafts.Include(d => d.Concerns).SingleAsync();
        Assert.Null(kept.CompletedAt);
        Assert.Equal(concern.Id, kept.Concerns.Single().ConcernId);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_decision_not_to_share_needs_a_reason_and_is_recorded(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var input = new RecordNotSharedInput { ChildRecordId = p.SchoolChild.Id, Purpose = SharingPurpose.WelfareOrEarlyHelp };

        var missing = await Service(db).RecordNotSharedAsync(input, Start(ProcessType.NotSharedDecisionRecorded, p));
        var other = await Service(db).RecordNotSharedAsync(input with { Reason = NotSharedReason.Other }, Start(ProcessType.NotSharedDecisionRecorded, p));
        var recorded = await Service(db).RecordNotSharedAsync(input with { Reason = NotSharedReason.NoSafeguardingRelevance }, Start(ProcessType.NotSharedDecisionRecorded, p));

        Assert.True(missing.Errors.Has(nameof(RecordNotSharedInput.Reason)));
        Assert.True(other.Errors.Has(nameof(RecordNotSharedInput.ReasonText)));
        Assert.True(recorded.Succeeded);
        await using var check = DatabaseRegistration.CreateContext(settings);
        var decision = await check.NotSharedDecisions.SingleAsync();
        Assert.Equal(NotSharedReason.NoSafeguardingRelevance, decision.Reason);
        var entries = await new NotSharedForSubjectAccess(check).EntriesAsync([p.SchoolChild.Id]);
        Assert.Contains("not relevant", entries.Single().Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_recipient_acknowledges_and_replies_and_the_sharer_hears_the_outcome(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        var concern = await RecordConcernAsync(settings, p);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var share = (await Service(db).SendAsync(Valid(p, concern), Start(ProcessType.ShareSent, p))).Value!;
        var followUp = new ShareFollowUp(db, new Inbox(db));
        var officer = Actor.ForPractitioner(p.PoliceOfficer.Id, p.PoliceId);

        await Assert.ThrowsAsync<NotPermittedException>(() =>
            followUp.AcknowledgeAsync(share.Id, ProcessContext.Start(ProcessType.ShareAcknowledged, Actor.ForPractitioner(p.Clinician.Id, p.HospitalId), _clock)));
        await followUp.AcknowledgeAsync(share.Id, ProcessContext.Start(ProcessType.ShareAcknowledged, officer, _clock));
        var blank = await followUp.ReplyAsync(share.Id, ShareOutcomeKind.Other, " ", ProcessContext.Start(ProcessType.ShareOutcomeReplied, officer, _clock));
        var reply = await followUp.ReplyAsync(share.Id, ShareOutcomeKind.AssessmentStarted, null, ProcessContext.Start(ProcessType.ShareOutcomeReplied, officer, _clock));
        var amendment = await followUp.AmendAsync(share.Id, "The date was Tuesday, not Monday.", Start(ProcessType.ShareAmended, p));

        Assert.True(blank.Errors.Has("OutcomeText"));
        Assert.True(reply.Succeeded);
        Assert.True(amendment.Succeeded);
        await using var check = DatabaseRegistration.CreateContext(settings);
        var saved = await check.Shares.Include(s => s.Outcomes).Include(s => s.Amendments).SingleAsync();
        Assert.Equal(_clock.GetUtcNow(), saved.AcknowledgedAt);
        Assert.Equal(ShareOutcomeKind.AssessmentStarted, saved.Outcomes.Single().Outcome);
        Assert.Equal("The date was Tuesday, not Monday.", saved.Amendments.Single().Text);
        var teacherAlerts = await check.InboxItems.Where(i => i.RecipientId == p.Teacher.Id).Select(i => i.Subject).ToListAsync();
        Assert.Contains("Outcome of information you shared: assessment started", teacherAlerts);
        Assert.Contains(await check.InboxItems.Where(i => i.RecipientId == p.PoliceOfficer.Id).Select(i => i.Subject).ToListAsync(),
            s => s.Contains("correction", StringComparison.Ordinal));
        var exported = await new SharesForSubjectAccess(check).EntriesAsync([p.SchoolChild.Id]);
        Assert.Equal("Assessment started", exported.Single().Fields["outcomes"]);
    }

    private const string GatewaySeedCode = "CA2004-S11";

    private SendShareInput Valid(TestPartnership p, Concern concern) => new()
    {
        ChildRecordId = p.SchoolChild.Id,
        Purpose = SharingPurpose.Safeguarding,
        Consent = ConsentState.NotSought,
        ConsentNotSoughtReason = ConsentNotSoughtReason.WouldIncreaseRisk,
        RecipientKind = ShareRecipientKind.Practitioner,
        RecipientAgencyId = p.PoliceId,
        RecipientPractitionerId = p.PoliceOfficer.Id,
        Concerns = [new ChosenConcern(concern.Id)],
        SummaryFacts = "Bruising seen on both arms on Monday morning.",
        SummaryOpinion = "I am worried this is not accidental.",
        FamilyTold = false,
        FamilyNotToldReason = "Telling them could put the child at greater risk.",
        LawfulBasis = Article6Basis.PublicTask,
        GatewayCode = GatewaySeedCode,
    };

    private ShareService Service(TesseraDbContext db) =>
        new(db, new Inbox(db), new ShareRecipients(db), new ShareGateways(db, new Tessera.Core.Modules.Sharing.Gateways.GatewayRegistry(db)));

    private ProcessContext Start(ProcessType type, TestPartnership p) =>
        ProcessContext.Start(type, Actor.ForPractitioner(p.Teacher.Id, p.SchoolId), _clock);

    private async Task<Concern> RecordConcernAsync(DatabaseSettings settings, TestPartnership p)
    {
        await using var db = DatabaseRegistration.CreateContext(settings);
        var outcome = await new ConcernService(db, new Inbox(db)).RecordAsync(new RecordConcernInput
        {
            ChildRecordId = p.SchoolChild.Id,
            CategoryCode = "physical-abuse",
            LevelOfNeed = LevelOfNeed.Specialist,
            WhatHappened = "Arrived with bruising to both arms.",
            PractitionerView = "I think this needs looking at today.",
            ChildSaid = "'I fell over.'",
        }, Start(ProcessType.ConcernRecorded, p));
        return outcome.Value!;
    }

    private async Task<(DatabaseSettings, TestPartnership)> SetUpAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }
}
