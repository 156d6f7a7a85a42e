using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Guidance.Contracts;
using Tessera.Core.Modules.Guidance.Models;
using Tessera.Core.Modules.Guidance.Services;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Seeding;
using Tessera.Core.Tests.Data;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Guidance;

public class GuidanceServiceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Publishing_a_section_makes_a_new_version_keeps_the_old_one_and_asks_everyone_to_read_it(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using (var seed = DatabaseRegistration.CreateContext(settings))
        {
            await PracticeSeed.SeedAsync(seed, _clock);
        }

        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new GuidanceService(db, new Inbox(db));
        var first = (await service.CurrentAsync())!;
        Assert.Equal(1, first.Number);
        Assert.Contains(first.Sections, s => s.Key == "single-message" && s.Markdown.Contains("I must share information if my concerns are related to the safeguarding of children", StringComparison.Ordinal));

        var outcome = await service.PublishAsync(new PublishGuidanceInput
        {
            Key = "consent",
            Title = "Consent and when you do not need it",
            Markdown = "You do not need consent when a child is at risk.",
            ChangeSummary = "Shorter consent section",
            BasedOnNumber = 1,
        }, Start(ProcessType.GuidancePublished, p.Administrator));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.All.Select(e => e.Value)));
        await using var check = DatabaseRegistration.CreateContext(settings);
        var versions = await check.GuidanceVersions.Include(v => v.Sections).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(versions[0].Sections.Select(s => s.Key).Order(), versions[1].Sections.Select(s => s.Key).Order());
        Assert.StartsWith("You do **not** need consent", versions[0].Sections.Single(s => s.Key == "consent").Markdown, StringComparison.Ordinal);
        Assert.Equal("Consent and when you do not need it", (await new GuidanceService(check, new Inbox(check)).CurrentSectionAsync("consent"))!.Title);
        var asked = await check.InboxItems.Where(i => i.Kind == InboxItemKind.GuidancePublished).Select(i => i.RecipientId).ToListAsync();
        Assert.Contains(p.Teacher.Id, asked);
        Assert.DoesNotContain(p.Administrator.Id, asked);
        Assert.DoesNotContain(p.DisabledTeacher.Id, asked);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Enormous_pastes_bad_keys_and_stale_edits_are_refused_and_nothing_is_published(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new GuidanceService(db, new Inbox(db));
        var huge = await service.PublishAsync(new PublishGuidanceInput
        {
            Key = "Consent Section!",
            Title = "Consent",
            Markdown = new string('a', GuidanceSection.MarkdownMaxLength + 1),
            ChangeSummary = "",
        }, Start(ProcessType.GuidancePublished, p.Administrator));
        Assert.Equal(["Key", "Markdown", "ChangeSummary"], huge.Errors.All.Select(e => e.Key));
        Assert.Contains("50,000 characters or fewer", huge.Errors.For("Markdown"), StringComparison.Ordinal);

        var stale = await service.PublishAsync(new PublishGuidanceInput { Key = "consent", Title = "Consent", Markdown = "Text", ChangeSummary = "x", BasedOnNumber = 3 },
            Start(ProcessType.GuidancePublished, p.Administrator));
        Assert.Equal(GuidanceService.StaleMessage, stale.Errors.For("Markdown"));
        Assert.False(await db.GuidanceVersions.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Acknowledging_twice_records_it_once(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new GuidanceService(db, new Inbox(db));
        var version = (await service.PublishAsync(new PublishGuidanceInput { Key = "consent", Title = "Consent", Markdown = "Text", ChangeSummary = "First" },
            Start(ProcessType.GuidancePublished, p.Administrator))).Value!;

        Assert.False(await service.HasAcknowledgedAsync(version.Id, p.Teacher.Id));
        await service.AcknowledgeAsync(version.Id, Start(ProcessType.GuidanceAcknowledged, p.Teacher));
        await service.AcknowledgeAsync(version.Id, Start(ProcessType.GuidanceAcknowledged, p.Teacher));

        await using var check = DatabaseRegistration.CreateContext(settings);
        var acknowledgement = await check.GuidanceAcknowledgements.SingleAsync();
        Assert.Equal(p.Teacher.Id, acknowledgement.PractitionerId);
        Assert.Equal(_clock.GetUtcNow(), acknowledgement.AcknowledgedAt);
        Assert.Equal(1, await check.ProcessEvents.CountAsync(e => e.EventName == "GuidanceAcknowledged"));
    }

    private ProcessContext Start(ProcessType type, Practitioner practitioner) =>
        ProcessContext.Start(type, Actor.ForPractitioner(practitioner.Id, practitioner.AgencyId), _clock);

    private async Task<(DatabaseSettings, TestPartnership)> SetUpAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }
}
