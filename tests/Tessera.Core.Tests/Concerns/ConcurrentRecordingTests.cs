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

public class ConcurrentRecordingTests
{
    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Twenty_practitioners_recording_at_once_all_succeed_with_their_events(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        var settings = await TestDatabases.CreateAsync(provider);
        var partnership = await TestPartnership.CreateAsync(settings, clock);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var db = DatabaseRegistration.CreateContext(settings);
            var input = new RecordConcernInput
            {
                ChildRecordId = partnership.SchoolChild.Id,
                CategoryCode = "neglect",
                LevelOfNeed = LevelOfNeed.EarlyHelp,
                WhatHappened = $"Observation {i}",
                ChildVoiceNotRecordedReason = "Not seen",
            };
            var process = ProcessContext.Start(ProcessType.ConcernRecorded, Actor.ForPractitioner(partnership.Teacher.Id, partnership.SchoolId), clock);
            return await new ConcernService(db, new Inbox(db)).RecordAsync(input, process);
        }));

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(20, await check.Concerns.CountAsync());
        Assert.Equal(20, await check.ProcessEvents.CountAsync(e => e.EventName == "ConcernRecorded"));
        Assert.Equal(20, await check.InboxItems.CountAsync(i => i.RecipientId == partnership.SchoolDsl.Id));
    }
}
