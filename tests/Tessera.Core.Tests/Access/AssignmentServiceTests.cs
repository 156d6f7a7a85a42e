using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Access;

public class AssignmentServiceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task An_assignment_gives_the_practitioner_a_relationship_until_it_ends(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new AssignmentService(db);
        var access = new AccessService(db, _clock, new AuditTrail(db, _clock, new AuditSettings()), []);
        Assert.False((await access.DecideAsync(Teacher(p), p.NurtureChild.Id, AccessPurpose.View)).Allowed);

        await Assert.ThrowsAsync<NotPermittedException>(() => service.AssignAsync(p.NurtureChild.Id, p.Teacher.Id, "Cover", null, Start(ProcessType.PractitionerAssignedToChild, p.Teacher.Id, p.SchoolId)));
        var wrong = await service.AssignAsync(p.NurtureChild.Id, p.PoliceOfficer.Id, "", _clock.GetUtcNow().AddDays(-1), Start(ProcessType.PractitionerAssignedToChild, p.SchoolDsl.Id, p.SchoolId));
        Assert.Equal(["EndsOn", "PractitionerId", "Reason"], wrong.Errors.All.Select(e => e.Key).Order().ToArray());

        var made = await service.AssignAsync(p.NurtureChild.Id, p.Teacher.Id, "Covering the nurture lead's leave", _clock.GetUtcNow().AddDays(7),
            Start(ProcessType.PractitionerAssignedToChild, p.SchoolDsl.Id, p.SchoolId));
        Assert.True(made.Succeeded);
        var decision = await access.DecideAsync(Teacher(p), p.NurtureChild.Id, AccessPurpose.View);
        Assert.True(decision.Allowed);
        Assert.Equal(RelationshipKind.Assignment, Assert.Single(decision.Relationships).Kind);

        _clock.Advance(TimeSpan.FromDays(7));
        Assert.False((await access.DecideAsync(Teacher(p), p.NurtureChild.Id, AccessPurpose.View)).Allowed);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Ending_an_assignment_checks_what_the_page_saw(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new AssignmentService(db);
        var made = (await service.AssignAsync(p.NurtureChild.Id, p.Teacher.Id, "Joint visit", null, Start(ProcessType.PractitionerAssignedToChild, p.SchoolDsl.Id, p.SchoolId))).Value!;
        var seen = AssignmentService.Stamp(made);

        Assert.True((await service.EndAsync(made.Id, seen, Start(ProcessType.ChildAssignmentEnded, p.SchoolDsl.Id, p.SchoolId))).Succeeded);
        var again = await service.EndAsync(made.Id, seen, Start(ProcessType.ChildAssignmentEnded, p.SchoolDsl.Id, p.SchoolId));
        Assert.Equal(AssignmentService.StaleMessage, again.Errors.For("AssignmentId"));
        Assert.Equal(1, await db.ProcessEvents.CountAsync(e => e.EventName == "AssignmentEnded"));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Closing_a_concern_from_a_stale_page_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        Concern concern;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            concern = (await new ConcernService(db, new Inbox(db)).RecordAsync(new RecordConcernInput
            {
                ChildRecordId = p.SchoolChild.Id,
                CategoryCode = "neglect",
                LevelOfNeed = LevelOfNeed.Targeted,
                WhatHappened = "No coat.",
                ChildSaid = "I am cold.",
            }, Start(ProcessType.ConcernRecorded, p.Teacher.Id, p.SchoolId))).Value!;
        }

        var seen = concern.Version;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var management = new ConcernManagement(db, new Inbox(db));
            Assert.True((await management.AssignAsync(concern.Id, p.SchoolDsl.Id, Start(ProcessType.ConcernAssigned, p.SchoolDsl.Id, p.SchoolId), seen)).Succeeded);
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var management = new ConcernManagement(db, new Inbox(db));
            var stale = await management.CloseAsync(concern.Id, "Early help", Start(ProcessType.ConcernClosed, p.SchoolDsl.Id, p.SchoolId), seen);
            Assert.Equal(ConcernManagement.StaleMessage, stale.Errors.For("Outcome"));
            Assert.Equal(ConcernStatus.Open, (await db.Concerns.AsNoTracking().SingleAsync()).Status);
        }
    }

    private static Actor Teacher(TestPartnership p) => Actor.ForPractitioner(p.Teacher.Id, p.SchoolId);

    private ProcessContext Start(ProcessType type, Guid practitionerId, Guid agencyId) =>
        ProcessContext.Start(type, Actor.ForPractitioner(practitionerId, agencyId), _clock);

    private async Task<(DatabaseSettings, TestPartnership)> SetUpAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }
}
