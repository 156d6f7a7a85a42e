using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Barriers;

public sealed class BarrierPageTests(AppHosts hosts)
{
    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task A_barrier_is_reported_triaged_answered_and_counted_without_its_text(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var empty = await teacher.FillInAsync("/barriers/new", null, ("Description", " "));
        Expect.Errors(empty, "#Type", "#Description");

        var secret = $"Unique words {Guid.NewGuid():N}";
        var location = Expect.Redirect(await teacher.SubmitAsync(empty, null, ("Type", "CouldNotFindContact"), ("Description", secret), ("AgencyTypes", "Police")));
        var id = Guid.Parse(location["/barriers/".Length..]);

        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        await Expect.NotFoundAsync(dsl, await dsl.GetAsync(location));
        Expect.RedirectTo("/account/access-denied", await dsl.GetAsync("/barriers/triage"));

        using var lead = app.CreateBrowser();
        await lead.SignInAsync(p.StrategicLead);
        Assert.NotNull((await lead.OpenAsync("/barriers/triage")).Document.QuerySelector($"a[href='/barriers/{id}']"));
        var noResponse = await lead.FillInAsync(location, null, ("Status", "Responded"), ("ResponseText", ""));
        Expect.Errors(noResponse, "#ResponseText");
        Expect.RedirectTo("/barriers/triage", await lead.SubmitAsync(noResponse, null, ("Status", "Responded"), ("ResponseText", "The MASH number is on the guidance page.")));

        var seen = await teacher.OpenAsync(location);
        Assert.Contains("The MASH number is on the guidance page.", seen.Single("#response").TextContent);
        Assert.Contains("Responded", seen.Text);
        Assert.Null(seen.Document.QuerySelector("textarea"));
        Assert.Contains("responded to a barrier you reported", (await teacher.OpenAsync("/inbox")).Text);

        var triage = await lead.OpenAsync("/barriers/triage");
        var csv = await lead.SubmitAsync(triage, "Export");
        Assert.Equal("text/csv", csv.Response.Content.Headers.ContentType!.MediaType);
        var text = await csv.Response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("month,barrier_type,agency_type,reports", text, StringComparison.Ordinal);
        Assert.Contains(",could-not-find-contact,school,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(p.Teacher.DisplayName, text, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.True(await db.ProcessEvents.AnyAsync(e => e.EventName == "BarrierCountsExported", TestContext.Current.CancellationToken));
    }
}
