using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Concerns;

public class ConcernServiceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    private static RecordConcernInput Valid(Guid childId) => new()
    {
        ChildRecordId = childId,
        CategoryCode = "neglect",
        LevelOfNeed = LevelOfNeed.Targeted,
        WhatHappened = "Arrived without a coat in the snow for the third day running.",
        PractitionerView = "I think the family may be struggling with money.",
        ChildSaid = "'The heating is broken.'",
    };

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Recording_a_concern_saves_it_with_an_event_and_alerts_the_DSL(DatabaseProvider provider)
    {
        var (settings, partnership) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new ConcernService(db, new Inbox(db));
        var process = ProcessContext.Start(ProcessType.ConcernRecorded, Actor.ForPractitioner(partnership.Teacher.Id, partnership.SchoolId), _clock);

        var outcome = await service.RecordAsync(Valid(partnership.SchoolChild.Id) with { OccurredAt = _clock.GetUtcNow().AddDays(-2) }, process);

        Assert.True(outcome.Succeeded);
        await using var check = DatabaseRegistration.CreateContext(settings);
        var saved = await check.Concerns.SingleAsync();
        Assert.Equal("I think the family may be struggling with money.", saved.PractitionerView);
        Assert.StartsWith("Arrived without a coat", saved.WhatHappened, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow(), saved.RecordedAt);
        Assert.Equal(_clock.GetUtcNow().AddDays(-2), saved.OccurredAt);
        var events = await check.ProcessEvents.Where(e => e.ProcessId == process.Process.Id).Select(e => e.EventName).ToListAsync();
        Assert.Contains("ConcernRecorded", events);
        Assert.Contains("InboxItemCreated", events);
        var alert = await check.InboxItems.SingleAsync(i => i.RecipientId == partnership.SchoolDsl.Id);
        Assert.Equal(saved.Id, alert.SubjectId);
        Assert.DoesNotContain("Mia", alert.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_concern_about_another_agencys_child_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        var (settings, partnership) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new ConcernService(db, new Inbox(db));
        var process = ProcessContext.Start(ProcessType.ConcernRecorded, Actor.ForPractitioner(partnership.Teacher.Id, partnership.SchoolId), _clock);

        var outcome = await service.RecordAsync(Valid(partnership.PoliceChild.Id), process);

        Assert.False(outcome.Succeeded);
        Assert.True(outcome.Errors.Has("ChildRecordId"));
        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(0, await check.Concerns.CountAsync());
        Assert.Equal(0, await check.Processes.CountAsync(p => p.Type == ProcessType.ConcernRecorded));
    }

    [Fact]
    public void Validation_lists_every_problem()
    {
        var errors = ConcernValidator.Validate(new RecordConcernInput { OccurredAt = _clock.GetUtcNow().AddDays(1) }, ["neglect"], _clock.GetUtcNow());
        Assert.Equal(["CategoryCode", "LevelOfNeed", "WhatHappened", "ChildSaid", "OccurredAt"], errors.All.Select(e => e.Key));
    }

    [Fact]
    public void Over_long_text_is_refused()
    {
        var input = Valid(Guid.NewGuid()) with { WhatHappened = new string('a', Concern.TextMaxLength + 1) };
        var errors = ConcernValidator.Validate(input, ["neglect"], _clock.GetUtcNow());
        Assert.Equal("What happened must be 10,000 characters or fewer", errors.For("WhatHappened"));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_DSL_adds_an_action_assigns_and_closes(DatabaseProvider provider)
    {
        var (settings, partnership) = await SetUpAsync(provider);
        Guid concernId;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var recorded = await new ConcernService(db, new Inbox(db)).RecordAsync(Valid(partnership.SchoolChild.Id),
                ProcessContext.Start(ProcessType.ConcernRecorded, Actor.ForPractitioner(partnership.Teacher.Id, partnership.SchoolId), _clock));
            concernId = recorded.Value!.Id;
        }

        var dsl = Actor.ForPractitioner(partnership.SchoolDsl.Id, partnership.SchoolId);
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var management = new ConcernManagement(db, new Inbox(db));
            Assert.True((await management.AddActionAsync(concernId, "Speak to mum at pick-up", partnership.Teacher.Id, null, ProcessContext.Start(ProcessType.ConcernActionAdded, dsl, _clock))).Succeeded);
            Assert.True((await management.AssignAsync(concernId, partnership.SchoolDsl.Id, ProcessContext.Start(ProcessType.ConcernAssigned, dsl, _clock))).Succeeded);
            var noOutcome = await management.CloseAsync(concernId, " ", ProcessContext.Start(ProcessType.ConcernClosed, dsl, _clock));
            Assert.True(noOutcome.Errors.Has("Outcome"));
            Assert.True((await management.CloseAsync(concernId, "Early help offered and accepted", ProcessContext.Start(ProcessType.ConcernClosed, dsl, _clock))).Succeeded);
            await Assert.ThrowsAsync<NotPermittedException>(() => management.AssignAsync(concernId, partnership.SchoolDsl.Id, ProcessContext.Start(ProcessType.ConcernAssigned, dsl, _clock)));
            Assert.True((await management.AmendAsync(concernId, "Date corrected: it was Tuesday", ProcessContext.Start(ProcessType.ConcernAmended, dsl, _clock))).Succeeded);
        }

        await using var check = DatabaseRegistration.CreateContext(settings);
        var concern = await check.Concerns.Include(c => c.Actions).Include(c => c.Amendments).SingleAsync();
        Assert.Equal(ConcernStatus.Closed, concern.Status);
        Assert.Equal("Early help offered and accepted", concern.Outcome);
        Assert.Single(concern.Actions);
        Assert.Single(concern.Amendments);
        var names = await check.ProcessEvents.Where(e => e.SubjectId == concernId).Select(e => e.EventName).ToListAsync();
        Assert.Equal(new[] { "ConcernActionAdded", "ConcernAmended", "ConcernAssigned", "ConcernClosed", "ConcernRecorded" }, names.Order(StringComparer.Ordinal));
        Assert.Single(await check.InboxItems.Where(i => i.RecipientId == partnership.Teacher.Id).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Another_agency_cannot_manage_the_concern(DatabaseProvider provider)
    {
        var (settings, partnership) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var recorded = await new ConcernService(db, new Inbox(db)).RecordAsync(Valid(partnership.SchoolChild.Id),
            ProcessContext.Start(ProcessType.ConcernRecorded, Actor.ForPractitioner(partnership.Teacher.Id, partnership.SchoolId), _clock));
        var police = Actor.ForPractitioner(partnership.PoliceOfficer.Id, partnership.PoliceId);
        await Assert.ThrowsAsync<NotPermittedException>(() =>
            new ConcernManagement(db, new Inbox(db)).CloseAsync(recorded.Value!.Id, "x", ProcessContext.Start(ProcessType.ConcernClosed, police, _clock)));
    }

    private async Task<(DatabaseSettings, TestPartnership)> SetUpAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }
}
