using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Children;

public class ChildSearchTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Finds_the_agencys_own_children_by_name_alias_date_of_birth_and_NHS_number(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var partnership = await TestPartnership.CreateAsync(settings, _clock);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var search = new ChildSearch(db);

        async Task<IReadOnlyList<Guid>> Find(string text) => (await search.SearchAsync(partnership.SchoolId, text)).Select(r => r.Id).ToList();

        Assert.Equal([partnership.SchoolChild.Id], await Find("mia testp"));
        Assert.Equal(new[] { partnership.SchoolChild.Id, partnership.SchoolSibling.Id }.Order(), (await Find("TESTPERSON")).Order());
        Assert.Equal([partnership.SchoolChild.Id], await Find("Mimi"));
        Assert.Equal([partnership.SchoolChild.Id], await Find("943 476 5919"));
        Assert.Equal([partnership.SchoolChild.Id], await Find("27/3/2016"));
        Assert.Equal([partnership.SchoolChild.Id], await Find("2016-03-27"));
        Assert.Empty(await Find("Nobody"));

        // The police hold a record of the same child, but a school search never sees it.
        Assert.DoesNotContain(partnership.PoliceChild.Id, await Find("Mia"));
    }

    [Theory]
    [InlineData("9434765919", "nhs")]
    [InlineData("27 March 2016", "dob")]
    [InlineData("Mia", "name")]
    public void Interprets_what_was_typed(string text, string kind) => Assert.Equal(kind, ChildSearch.Interpret(text).Kind);

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Invalid_child_records_are_not_saved(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        var partnership = await TestPartnership.CreateAsync(settings, _clock);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var before = db.ChildRecords.Count();
        var outcome = await new ChildRecordService(db).CreateAsync(
            new ChildRecordInput { GivenName = "Zed", FamilyName = "Example", DateOfBirth = new DateOnly(2027, 1, 1), NhsNumber = "1234567890", UniquePupilNumber = "A123" },
            ProcessContext.Start(ProcessType.ChildRecordCreated, Actor.ForPractitioner(partnership.Teacher.Id, partnership.SchoolId), _clock));

        Assert.False(outcome.Succeeded);
        Assert.Equal(["DateOfBirth", "NhsNumber", "UniquePupilNumber"], outcome.Errors.All.Select(e => e.Key));
        Assert.Equal(before, db.ChildRecords.Count());
    }
}
