using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Practice.Contracts;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Core.Modules.Practice.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Practice;

public class PracticeLibraryTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    /// <summary>Queries that are FTS5 or tsquery syntax, or would break a naive escaper; none may throw.</summary>
    private static readonly string[] Hostile = ["\"", "\"\"", "*", "**consent", "consent*", "NEAR(consent domestic)", "consent NEAR domestic", "-consent", "consent -abuse", "AND", "OR NOT", "title:consent", "^consent", "(consent", "consent)", "'", "a' OR '1'='1", "&|!<->", ":*", "\\", "%_", "domestic OR", "' ; DROP TABLE practice_examples; --", new string('x', 5000), "ü\u0000é"];

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_submitted_example_is_found_only_once_published_and_ranked_by_where_the_words_are(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var library = new PracticeLibrary(db);
        var titled = await SubmitAsync(library, p, "Consent conversations with teenagers", "Training helped.", "Short scenarios.", "consent");
        var inBody = await SubmitAsync(library, p, "Joint visits with housing", "Families who move.", "We talked about consent at the first visit.", "housing");
        await SubmitAsync(library, p, "Neglect toolkit", "Shared scoring.", "Training together.", "neglect");

        var search = new PracticeSearch(db);
        Assert.Empty(await search.SearchAsync(new PracticeSearchQuery("consent")));

        var admin = Start(ProcessType.PracticeExampleModerated, p.Administrator);
        foreach (var example in await db.PracticeExamples.ToListAsync())
        {
            Assert.True((await library.PublishAsync(example.Id, example.Version, Start(ProcessType.PracticeExampleModerated, p.Administrator))).Succeeded);
        }

        var hits = await search.SearchAsync(new PracticeSearchQuery("Consent"));
        Assert.Equal([titled.Id, inBody.Id], hits.Select(h => h.Id));
        Assert.Equal([titled.Id], (await search.SearchAsync(new PracticeSearchQuery("consent teen"))).Select(h => h.Id));
        Assert.Equal([inBody.Id], (await search.SearchAsync(new PracticeSearchQuery("consent", Tag: "Housing"))).Select(h => h.Id));
        Assert.Equal(3, (await search.SearchAsync(new PracticeSearchQuery(null))).Count);
        Assert.Empty(await search.SearchAsync(new PracticeSearchQuery("consent", AgencyType: AgencyType.Police)));
        Assert.Equal(2, (await search.SearchAsync(new PracticeSearchQuery("consent", Theme: PracticeThemes.ProfessionalCapability, AgencyType: AgencyType.School))).Count);
        Assert.Empty(await search.SearchAsync(new PracticeSearchQuery(null, Theme: PracticeThemes.StrategicLeadershipAndCommunication)));
        _ = admin;
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Search_text_with_operators_and_quotes_never_fails(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var library = new PracticeLibrary(db);
        var example = await SubmitAsync(library, p, "Consent near domestic abuse", "Summary", "What worked", "consent");
        await library.PublishAsync(example.Id, example.Version, Start(ProcessType.PracticeExampleModerated, p.Administrator));

        var search = new PracticeSearch(db);
        foreach (var text in Hostile)
        {
            var hits = await search.SearchAsync(new PracticeSearchQuery(text));
            Assert.All(hits, h => Assert.Equal(example.Id, h.Id));
        }

        // Operators are plain words: the example has all of these, so it is found rather than the query failing.
        Assert.Single(await search.SearchAsync(new PracticeSearchQuery("\"consent NEAR domestic\" -abuse*")));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Missing_fields_and_bad_choices_are_each_reported_and_nothing_is_saved(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var outcome = await new PracticeLibrary(db).SubmitAsync(new SubmitPracticeExampleInput
        {
            Title = " ",
            Summary = new string('s', PracticeExample.SummaryMaxLength + 1),
            Themes = ["Nonsense"],
            AgencyTypes = ["7"],
            Tags = string.Join(',', Enumerable.Range(1, 11).Select(i => $"tag{i}")),
        }, Start(ProcessType.PracticeExampleSubmitted, p.Teacher));

        Assert.False(outcome.Succeeded);
        Assert.Equal(["Title", "Summary", "WhatWorked", "Themes", "Tags", "AgencyTypes"], outcome.Errors.All.Select(e => e.Key));
        Assert.False(await db.PracticeExamples.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Rejecting_needs_a_reason_and_moderating_twice_or_from_a_stale_page_is_refused(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var library = new PracticeLibrary(db);
        var rejected = await SubmitAsync(library, p, "Not ready", "Summary", "Worked", "x");
        var noReason = await library.RejectAsync(rejected.Id, rejected.Version, "  ", Start(ProcessType.PracticeExampleModerated, p.Administrator));
        Assert.True(noReason.Errors.Has("RejectionReason"));
        Assert.True((await library.RejectAsync(rejected.Id, rejected.Version, "Names a school", Start(ProcessType.PracticeExampleModerated, p.Administrator))).Succeeded);
        await Assert.ThrowsAsync<NotPermittedException>(() => library.PublishAsync(rejected.Id, rejected.Version, Start(ProcessType.PracticeExampleModerated, p.Administrator)));

        var published = await SubmitAsync(library, p, "Ready", "Summary", "Worked", "x");
        var stale = await library.PublishAsync(published.Id, Guid.NewGuid(), Start(ProcessType.PracticeExampleModerated, p.Administrator));
        Assert.Equal(PracticeLibrary.StaleMessage, stale.Errors.For("Decision"));
        await using (var fresh = DatabaseRegistration.CreateContext(settings))
        {
            var current = await fresh.PracticeExamples.SingleAsync(e => e.Id == published.Id);
            Assert.True((await new PracticeLibrary(fresh).PublishAsync(current.Id, current.Version, Start(ProcessType.PracticeExampleModerated, p.Administrator))).Succeeded);
        }

        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(PracticeExampleStatus.Published, await check.PracticeExamples.Where(e => e.Id == published.Id).Select(e => e.Status).SingleAsync());
        Assert.Equal("Names a school", await check.PracticeExamples.Where(e => e.Id == rejected.Id).Select(e => e.RejectionReason).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Each_practitioner_marks_an_example_helpful_once(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        PracticeExample published, waiting;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var library = new PracticeLibrary(db);
            published = await SubmitAsync(library, p, "Ready", "Summary", "Worked", "x");
            waiting = await SubmitAsync(library, p, "Waiting", "Summary", "Worked", "x");
            Assert.True((await library.PublishAsync(published.Id, published.Version, Start(ProcessType.PracticeExampleModerated, p.Administrator))).Succeeded);
        }

        await using (var marks = DatabaseRegistration.CreateContext(settings))
        {
            var marking = new PracticeLibrary(marks);
            Assert.True(await marking.MarkHelpfulAsync(published.Id, Start(ProcessType.PracticeExampleMarkedHelpful, p.Teacher)));
            Assert.False(await marking.MarkHelpfulAsync(published.Id, Start(ProcessType.PracticeExampleMarkedHelpful, p.Teacher)));
            Assert.True(await marking.MarkHelpfulAsync(published.Id, Start(ProcessType.PracticeExampleMarkedHelpful, p.PoliceOfficer)));
            await Assert.ThrowsAsync<NotPermittedException>(() => marking.MarkHelpfulAsync(waiting.Id, Start(ProcessType.PracticeExampleMarkedHelpful, p.Teacher)));
        }

        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(2, await check.PracticeExamples.Where(e => e.Id == published.Id).Select(e => e.HelpfulCount).SingleAsync());
        Assert.Equal(2, await check.HelpfulMarks.CountAsync(m => m.PracticeExampleId == published.Id));
    }

    private static async Task<PracticeExample> SubmitAsync(PracticeLibrary library, TestPartnership p, string title, string summary, string worked, string tags)
    {
        var outcome = await library.SubmitAsync(new SubmitPracticeExampleInput
        {
            Title = title,
            Summary = summary,
            WhatWorked = worked,
            Themes = [nameof(PracticeThemes.ProfessionalCapability), nameof(PracticeThemes.UnderstandingVulnerabilityAndRisk)],
            Tags = tags,
            AgencyTypes = [nameof(AgencyType.School), nameof(AgencyType.HospitalTrust)],
        }, ProcessContext.Start(ProcessType.PracticeExampleSubmitted, Actor.ForPractitioner(p.Teacher.Id, p.SchoolId), TimeProvider.System));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.All.Select(e => e.Value)));
        return outcome.Value!;
    }

    private ProcessContext Start(ProcessType type, Practitioner practitioner) =>
        ProcessContext.Start(type, Actor.ForPractitioner(practitioner.Id, practitioner.AgencyId), _clock);

    private async Task<(DatabaseSettings, TestPartnership)> SetUpAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }
}
