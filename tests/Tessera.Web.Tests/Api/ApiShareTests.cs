using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Api;

public sealed class ApiShareTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_share_is_sent_once_for_one_idempotency_key_and_refused_without_a_lawful_basis(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        var concern = await app.ConcernAsync(p.Teacher, child);
        using var client = app.CreateApiClient(await app.ApiKeyAsync(p.Teacher));
        var share = new
        {
            childRecordId = child.Id,
            purpose = "Safeguarding",
            consent = "NotSought",
            consentNotSoughtReason = "WouldIncreaseRisk",
            recipientKind = "Practitioner",
            recipientAgencyId = p.PoliceId,
            recipientPractitionerId = p.PoliceOfficer.Id,
            concernIds = new[] { concern.Id },
            summaryFacts = "Bruising seen on both arms.",
            familyTold = true,
            lawfulBasis = "PublicTask",
            gatewayCode = "CA2004-S11",
        };

        var key = Guid.NewGuid().ToString();
        var first = await SendAsync(client, share, key);
        var again = await SendAsync(client, share, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (await ApiJson.ReadAsync(first)).GetProperty("id").GetGuid();
        Assert.Equal(id, (await ApiJson.ReadAsync(again)).GetProperty("id").GetGuid());
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(1, await db.Shares.CountAsync(s => s.ChildRecordId == child.Id));
        }

        var missing = await ApiJson.ProblemAsync(await SendAsync(client, share with { lawfulBasis = (string)null!, gatewayCode = (string)null! }, Guid.NewGuid().ToString()), 400);
        Assert.Equal(["GatewayCode", "LawfulBasis"], ApiJson.ErrorFields(missing));
        var unknown = await ApiJson.ProblemAsync(await SendAsync(client, share with { purpose = "Curiosity", recipientAgencyId = Guid.NewGuid() }, Guid.NewGuid().ToString()), 400);
        Assert.Contains("Purpose", ApiJson.ErrorFields(unknown));
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(1, await db.Shares.CountAsync(s => s.ChildRecordId == child.Id));
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/shares") { Content = ApiJson.Body(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
