using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Concerns;

public class OpenConcernCountsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_concern_recorded_or_closed_here_shows_in_the_next_total_at_once(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var partnership = await TestPartnership.CreateAsync(settings, _clock);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var counts = new OpenConcernCounts(_clock);
        var before = await counts.ForAgencyAsync(db, partnership.SchoolId);

        var recorded = await new ConcernService(db, new Inbox(db)).RecordAsync(Concern(partnership.SchoolChild.Id), Process(partnership));
        Assert.Equal(before + 1, await counts.ForAgencyAsync(db, partnership.SchoolId));

        await new ConcernManagement(db, new Inbox(db)).CloseAsync(recorded.Value!.Id, "Support arranged with the family.",
            ProcessContext.Start(ProcessType.ConcernClosed, Actor.ForPractitioner(partnership.SchoolDsl.Id, partnership.SchoolId), _clock));
        Assert.Equal(before, await counts.ForAgencyAsync(db, partnership.SchoolId));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_change_made_elsewhere_shows_once_the_count_is_older_than_its_maximum_age(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var partnership = await TestPartnership.CreateAsync(settings, _clock);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var counts = new OpenConcernCounts(_clock);
        var before = await counts.ForAgencyAsync(db, partnership.SchoolId);

        // Another node's change: written straight to the database, so this process is not told.
        await using (var elsewhere = DatabaseRegistration.CreateContext(settings))
        {
            var template = Concern(partnership.SchoolChild.Id);
            elsewhere.Concerns.Add(new Concern
            {
                Id = Guid.CreateVersion7(),
                ChildRecordId = template.ChildRecordId,
                AgencyId = partnership.SchoolId,
                RecordedById = partnership.Teacher.Id,
                CategoryCode = template.CategoryCode!,
                LevelOfNeed = template.LevelOfNeed!.Value,
                WhatHappened = template.WhatHappened!,
                OccurredAt = _clock.GetUtcNow(),
                RecordedAt = _clock.GetUtcNow(),
            });
            await elsewhere.SaveChangesAsync();
        }

        Assert.Equal(before, await counts.ForAgencyAsync(db, partnership.SchoolId));
        _clock.Advance(OpenConcernCounts.MaxAge);
        Assert.Equal(before + 1, await counts.ForAgencyAsync(db, partnership.SchoolId));
        Assert.Equal(before + 1, await db.Concerns.CountAsync(c => c.AgencyId == partnership.SchoolId && c.Status == ConcernStatus.Open));
    }

    private ProcessContext Process(TestPartnership partnership) =>
        ProcessContext.Start(ProcessType.ConcernRecorded, Actor.ForPractitioner(partnership.Teacher.Id, partnership.SchoolId), _clock);

    private static RecordConcernInput Concern(Guid childId) => new()
    {
        ChildRecordId = childId,
        CategoryCode = "neglect",
        LevelOfNeed = LevelOfNeed.Targeted,
        WhatHappened = "Came to school hungry on three days this week.",
        ChildSaid = "'There was no breakfast.'",
    };
}
