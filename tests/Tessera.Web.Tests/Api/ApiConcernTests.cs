using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Api;

public sealed class ApiConcernTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_returns_the_agencys_own_children(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));

        using var response = await client.SearchChildrenAsync("943 476 5919");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await ApiJson.ReadAsync(response)).EnumerateArray().ToList();
        var child = Assert.Single(results);
        Assert.Equal(app.Partnership.SchoolChild.Id, child.GetProperty("id").GetGuid());
        Assert.Equal("9434765919", child.GetProperty("nhsNumber").GetString());

        var byName = (await ApiJson.ReadAsync(await client.SearchChildrenAsync("Mia Testperson"))).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(app.Partnership.SchoolChild.Id, byName);
        Assert.DoesNotContain(app.Partnership.PoliceChild.Id, byName);

        var problem = await ApiJson.ProblemAsync(await client.SearchChildrenAsync(""), 400);
        Assert.Equal(["q"], ApiJson.ErrorFields(problem));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Recording_a_concern_returns_201_with_its_location_and_saves_it(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(p.Teacher));
        var occurred = app.Clock.GetUtcNow().AddDays(-2);

        using var response = await client.PostAsync("/api/v1/concerns", ApiJson.Body(new
        {
            childRecordId = child.Id,
            categoryCode = "neglect",
            levelOfNeed = 2,
            whatHappened = "No lunch again.",
            practitionerView = "Money is tight at home.",
            childSaid = "There was no bread.",
            occurredAt = occurred,
        }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ApiJson.ReadAsync(response);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/concerns/{id}", response.Headers.Location!.OriginalString);

        await using var db = app.CreateDbContext();
        var concern = await db.Concerns.SingleAsync(c => c.Id == id);
        Assert.Equal(child.Id, concern.ChildRecordId);
        Assert.Equal(p.SchoolId, concern.AgencyId);
        Assert.Equal(p.Teacher.Id, concern.RecordedById);
        Assert.Equal("No lunch again.", concern.WhatHappened);
        Assert.Equal("Money is tight at home.", concern.PractitionerView);
        Assert.Equal(occurred, concern.OccurredAt);
        Assert.Equal(app.Clock.GetUtcNow(), concern.RecordedAt);
        Assert.True(await db.ProcessEvents.AnyAsync(e => e.SubjectId == id && e.EventName == "ConcernRecorded"));
        Assert.True(await db.InboxItems.AnyAsync(i => i.SubjectId == id && i.RecipientId == p.SchoolDsl.Id));

        using var fetched = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal("No lunch again.", (await ApiJson.ReadAsync(fetched)).GetProperty("whatHappened").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Validation_errors_are_400_problem_details_naming_each_field(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var child = await app.ChildAsync(app.Partnership.Teacher);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));

        using var response = await client.PostAsync("/api/v1/concerns", ApiJson.Body(new { childRecordId = child.Id, categoryCode = "not-a-category", levelOfNeed = 9 }));
        var problem = await ApiJson.ProblemAsync(response, 400);
        Assert.Equal(["CategoryCode", "ChildSaid", "LevelOfNeed", "WhatHappened"], ApiJson.ErrorFields(problem));

        await using var db = app.CreateDbContext();
        Assert.False(await db.Concerns.AnyAsync(c => c.ChildRecordId == child.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_concern_about_another_agencys_child_is_400_on_ChildRecordId(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var client = app.CreateApiClient(await app.ApiKeyAsync(p.Teacher));

        using var response = await client.PostAsync("/api/v1/concerns", ApiJson.Body(new
        {
            childRecordId = p.PoliceChild.Id,
            categoryCode = "neglect",
            levelOfNeed = 2,
            whatHappened = "Trying the police child.",
            childSaid = "Nothing",
        }));
        var problem = await ApiJson.ProblemAsync(response, 400);
        Assert.Equal(["ChildRecordId"], ApiJson.ErrorFields(problem));

        await using var db = app.CreateDbContext();
        Assert.False(await db.Concerns.AnyAsync(c => c.ChildRecordId == p.PoliceChild.Id && c.AgencyId == p.SchoolId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_agencys_concern_is_404(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var policeConcern = await app.ConcernAsync(p.PoliceOfficer, p.PoliceChild);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(p.Teacher));
        await ApiJson.ProblemAsync(await client.GetAsync($"/api/v1/concerns/{policeConcern.Id}"), 404);
        await ApiJson.ProblemAsync(await client.GetAsync($"/api/v1/concerns/{Guid.NewGuid()}"), 404);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Malformed_JSON_is_400_problem_details_without_a_stack_trace(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));

        foreach (var json in new[] { "{ this is not json", "{\"levelOfNeed\": \"high\"}", "[]" })
        {
            using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/api/v1/concerns", content);
            var body = await response.Content.ReadAsStringAsync();
            await ApiJson.ProblemAsync(response, 400);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Creating_a_child_returns_201_and_saves_it_for_the_agency(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.PoliceOfficer));
        var familyName = Seed.Unique("Api");

        using var response = await client.PostAsync("/api/v1/children", ApiJson.Body(new { givenName = "Kit", familyName, dateOfBirth = "2017-05-04", nhsNumber = "4857773457" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await ApiJson.ReadAsync(response)).GetProperty("id").GetGuid();

        await using var db = app.CreateDbContext();
        var child = await db.ChildRecords.SingleAsync(c => c.Id == id);
        Assert.Equal(app.Partnership.PoliceId, child.AgencyId);
        Assert.Equal(familyName, child.FamilyName);

        var invalid = await ApiJson.ProblemAsync(await client.PostAsync("/api/v1/children", ApiJson.Body(new { givenName = "Kit", dateOfBirth = "2999-01-01", nhsNumber = "1234567890" })), 400);
        Assert.Equal(["DateOfBirth", "FamilyName", "NhsNumber"], ApiJson.ErrorFields(invalid));
    }
}
