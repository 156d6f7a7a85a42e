using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Api;

public sealed class IdempotencyTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_same_key_and_body_replays_the_first_answer_and_records_one_concern(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var child = await app.ChildAsync(app.Partnership.Teacher);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));
        var key = Guid.NewGuid().ToString();
        var body = new { childRecordId = child.Id, categoryCode = "neglect", levelOfNeed = 1, whatHappened = "Sent twice.", childSeemed = "Fine" };

        using var first = await Send(client, key, body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        var firstId = (await ApiJson.ReadAsync(first)).GetProperty("id").GetGuid();

        using var second = await Send(client, key, body);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(firstId, (await ApiJson.ReadAsync(second)).GetProperty("id").GetGuid());
        Assert.Equal(first.Headers.Location, second.Headers.Location);

        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Concerns.CountAsync(c => c.ChildRecordId == child.Id));
        Assert.Equal(1, await db.ProcessEvents.CountAsync(e => e.EventName == "ConcernRecorded" && e.SubjectId == firstId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_same_key_with_a_different_body_is_422(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var child = await app.ChildAsync(app.Partnership.Teacher);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));
        var key = Guid.NewGuid().ToString();

        using var first = await Send(client, key, new { childRecordId = child.Id, categoryCode = "neglect", levelOfNeed = 1, whatHappened = "First.", childSeemed = "Fine" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var second = await Send(client, key, new { childRecordId = child.Id, categoryCode = "neglect", levelOfNeed = 1, whatHappened = "Different.", childSeemed = "Fine" });
        await ApiJson.ProblemAsync(second, 422);

        await using var db = app.CreateDbContext();
        Assert.Equal(["First."], await db.Concerns.Where(c => c.ChildRecordId == child.Id).Select(c => c.WhatHappened).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failed_request_is_not_remembered_so_the_key_can_be_retried_once_corrected(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var child = await app.ChildAsync(app.Partnership.Teacher);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));
        var key = Guid.NewGuid().ToString();

        using var invalid = await Send(client, key, new { childRecordId = child.Id, categoryCode = "neglect", levelOfNeed = 1 });
        await ApiJson.ProblemAsync(invalid, 400);
        using var corrected = await Send(client, key, new { childRecordId = child.Id, categoryCode = "neglect", levelOfNeed = 1, whatHappened = "Now complete.", childSeemed = "Fine" });
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Keys_are_scoped_to_the_api_key_that_used_them(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var child = await app.ChildAsync(app.Partnership.Teacher);
        using var one = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));
        using var other = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));
        var key = Guid.NewGuid().ToString();
        var body = new { childRecordId = child.Id, categoryCode = "neglect", levelOfNeed = 1, whatHappened = "Two systems.", childSeemed = "Fine" };

        Assert.Equal(HttpStatusCode.Created, (await Send(one, key, body)).StatusCode);
        using var fromOther = await Send(other, key, body);
        Assert.Equal(HttpStatusCode.Created, fromOther.StatusCode);
        Assert.False(fromOther.Headers.Contains("Idempotent-Replayed"));
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/concerns") { Content = ApiJson.Body(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
