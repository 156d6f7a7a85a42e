using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Access;

public sealed class ShieldingPageTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_shielded_address_is_seen_by_the_DSL_and_named_viewer_and_withheld_from_the_teacher(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var named = await app.PractitionerAsync(p.SchoolId, PractitionerRoles.Practitioner);
        var (child, address, alias, parent) = await app.FullChildAsync(p.Teacher);
        var url = $"/children/{child.Id}";

        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        Expect.Errors(await dsl.FillInAsync($"{url}/shield", null, ("What", "ChildAddress"), ("Reason", "")), "#Reason");
        Expect.RedirectTo(url, await dsl.FillInAsync($"{url}/shield", null,
            ("What", "ChildAddress"), ("Reason", "The family is in a refuge"), ("ViewerIds", named.Id.ToString())));

        var asDsl = await dsl.OpenAsync(url);
        Assert.Contains(address, asDsl.Text);
        Assert.Contains("Shielded", asDsl.Single(".tessera-shielded").TextContent);

        using var viewer = app.CreateBrowser();
        await viewer.SignInAsync(named);
        var asViewer = await viewer.OpenAsync(url);
        Assert.Contains(address, asViewer.Text);

        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var response = await teacher.Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Withheld — shielded by Larch Lane Primary School", WebUtility.HtmlDecode(html));
        Assert.DoesNotContain(address, html, StringComparison.Ordinal);
        // Only the address is shielded: the other name and the parent still show.
        Assert.Contains(alias, html, StringComparison.Ordinal);
        Assert.Contains(parent, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_shielded_concern_is_a_withheld_row_and_its_page_shows_nothing_of_it(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var (child, _, _, _) = await app.FullChildAsync(p.Teacher);
        var secret = Seed.Unique("Informant said ");
        var concern = await app.ConcernAsync(p.SchoolDsl, child, secret);

        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        var concernPage = await dsl.OpenAsync($"/concerns/{concern.Id}");
        var shieldLink = concernPage.Single("a[href*='/shield?What=Concern']").GetAttribute("href")!;
        Expect.RedirectTo($"/concerns/{concern.Id}", await dsl.FillInAsync(shieldLink, null, ("Reason", "Names an informant")));
        var shielded = await dsl.OpenAsync($"/concerns/{concern.Id}");
        Assert.Contains("Shielded", shielded.Single(".tessera-shielded").TextContent);
        Assert.Matches($"^/children/{child.Id}/shields/[0-9a-f-]{{36}}/unshield$", shielded.Single("a[href$='/unshield']").GetAttribute("href"));
        var open = await dsl.OpenAsync("/concerns/open");
        Assert.Contains(secret[..10], (await dsl.OpenAsync($"/concerns/{concern.Id}")).Text);
        Assert.NotNull(open.Document.QuerySelector(".tessera-shielded"));

        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var childHtml = await (await teacher.Client.GetAsync($"/children/{child.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("Withheld — shielded by", WebUtility.HtmlDecode(childHtml));
        Assert.DoesNotContain($"/concerns/{concern.Id}", childHtml, StringComparison.Ordinal);
        var response = await teacher.Client.GetAsync($"/concerns/{concern.Id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Concern withheld", html);
        Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Arrived without", html, StringComparison.Ordinal);

        // Adding to a concern you cannot see is refused like any other denial.
        var token = HtmlPage.Values((await teacher.OpenAsync($"/children/{child.Id}/shield")).Form()).Single(v => v.Key == "__RequestVerificationToken").Value;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Text", "Written into a withheld concern")]);
        var amend = await HtmlPage.ParseAsync(new Uri(teacher.Client.BaseAddress!, $"/concerns/{concern.Id}?handler=Amend"),
            await teacher.Client.PostAsync($"/concerns/{concern.Id}?handler=Amend", content));
        await Expect.NotFoundAsync(teacher, amend);
        Assert.Contains(await app.AuditAsync(child.Id), e => e.Action == AuditAction.Denied && e.ActorId == p.Teacher.Id && e.SubjectId == concern.Id);
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.ConcernAmendments.CountAsync(a => a.ConcernId == concern.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_DSL_unshields_with_a_reason_and_a_stale_unshield_keeps_the_typed_reason(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var (child, address, alias, _) = await app.FullChildAsync(p.Teacher);
        Guid aliasId;
        await using (var db = app.CreateDbContext())
        {
            aliasId = await db.ChildAliases.Where(a => a.ChildRecordId == child.Id).Select(a => a.Id).SingleAsync();
        }

        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        Expect.RedirectTo($"/children/{child.Id}", await teacher.FillInAsync($"/children/{child.Id}/shield", null,
            ("What", $"Alias:{aliasId}"), ("Reason", "Name the family used in hiding")));
        Shield shield;
        await using (var db = app.CreateDbContext())
        {
            shield = await db.Shields.SingleAsync(s => s.ChildRecordId == child.Id);
        }

        var unshield = $"/children/{child.Id}/shields/{shield.Id}/unshield";
        await Expect.NotFoundAsync(teacher, await teacher.GetAsync(unshield));

        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        var first = await dsl.OpenAsync(unshield);
        var second = await dsl.OpenAsync(unshield);
        Expect.Errors(await dsl.SubmitAsync(first, null, ("UnshieldReason", "")), "#UnshieldReason");
        Expect.RedirectTo($"/children/{child.Id}/shield", await dsl.SubmitAsync(first, null, ("UnshieldReason", "The family has been rehoused")));

        var stale = await dsl.SubmitAsync(second, null, ("UnshieldReason", "Typed on an old page"));
        Expect.Errors(stale, "#UnshieldReason");
        Assert.Contains(ShieldService.StaleMessage, stale.Text);
        Assert.Contains("Typed on an old page", stale.Text);

        await using (var db = app.CreateDbContext())
        {
            var saved = await db.Shields.AsNoTracking().SingleAsync(s => s.Id == shield.Id);
            Assert.Equal("The family has been rehoused", saved.UnshieldReason);
        }

        Assert.Contains(alias, (await teacher.OpenAsync($"/children/{child.Id}")).Text);
        Assert.Contains(address, (await teacher.OpenAsync($"/children/{child.Id}")).Text);
        var audit = await app.AuditAsync(child.Id);
        Assert.Contains(audit, e => e.Action == AuditAction.Denied && e.ActorId == p.Teacher.Id);
        Assert.Contains(audit, e => e.SubjectType == "shield" && e.ActorId == p.SchoolDsl.Id && e.Action == AuditAction.Update);
    }
}
