using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Children;

public sealed class AddChildTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_invalid_NHS_number_and_a_future_date_of_birth_are_shown_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);
        var familyName = Seed.Unique("Invalid");
        var nextYear = app.Clock.GetUtcNow().Year + 1;

        var page = await teacher.FillInAsync("/children/new", null,
            ("GivenName", "Sam"), ("FamilyName", familyName),
            ("DateOfBirth.Day", "1"), ("DateOfBirth.Month", "2"), ("DateOfBirth.Year", nextYear.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Sex", "Male"), ("NhsNumber", "123 456 7890"));

        Expect.Errors(page, "#DateOfBirth-day", "#NhsNumber");
        Assert.NotNull(page.Document.QuerySelector("#NhsNumber.govuk-input--error"));
        Assert.Equal("123 456 7890", page.Single("#NhsNumber").GetAttribute("value"));
        await using var db = app.CreateDbContext();
        Assert.False(await db.ChildRecords.AnyAsync(c => c.FamilyName == familyName));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_empty_form_reports_each_required_field(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        var page = await teacher.FillInAsync("/children/new", null);
        Expect.Errors(page, "#GivenName", "#FamilyName", "#DateOfBirth-day", "#Sex");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_valid_child_is_saved_for_the_agency_with_a_ChildRecordCreated_event(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);
        var familyName = Seed.Unique("Valid");

        var page = await teacher.FillInAsync("/children/new", null,
            ("GivenName", "Ada"), ("FamilyName", familyName),
            ("DateOfBirth.Day", "14"), ("DateOfBirth.Month", "11"), ("DateOfBirth.Year", "2014"),
            ("Sex", "Female"), ("Postcode", "ts1 2ab"), ("NhsNumber", "485 777 3457"),
            ("AliasGivenName", "Addy"), ("AdultName", "Pat Parent"), ("AdultRelationship", "Parent"));

        var location = Expect.Redirect(page);
        Assert.StartsWith("/children/", location, StringComparison.Ordinal);
        var id = Guid.Parse(location["/children/".Length..]);

        await using var db = app.CreateDbContext();
        var child = await db.ChildRecords.Include(c => c.Aliases).Include(c => c.RelatedAdults).SingleAsync(c => c.Id == id);
        Assert.Equal(familyName, child.FamilyName);
        Assert.Equal(app.Partnership.SchoolId, child.AgencyId);
        Assert.Equal(new DateOnly(2014, 11, 14), child.DateOfBirth);
        Assert.Equal("4857773457", child.NhsNumber);
        Assert.Equal("TS1 2AB", child.Postcode);
        Assert.Equal("Addy", Assert.Single(child.Aliases).GivenName);
        Assert.Equal("Pat Parent", Assert.Single(child.RelatedAdults).Name);

        var created = await db.ProcessEvents.SingleAsync(e => e.SubjectId == id && e.EventName == "ChildRecordCreated");
        var process = await db.Processes.SingleAsync(p => p.Id == created.ProcessId);
        Assert.Equal(app.Partnership.Teacher.Id, process.ActorId);
        Assert.Equal(app.Clock.GetUtcNow(), process.StartedAt);

        var details = await teacher.OpenAsync(location);
        Assert.Contains("485 777 3457", details.Text);
        Assert.Contains("14 November 2014", details.Text);
    }
}
