using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Access;

public sealed class ConcernAccessTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Closing_from_a_stale_page_keeps_the_typed_outcome_and_works_once_resubmitted(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        var concern = await app.ConcernAsync(p.Teacher, child);
        var url = $"/concerns/{concern.Id}";
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        var first = await dsl.OpenAsync(url);
        var second = await dsl.OpenAsync(url);

        Expect.RedirectTo(url, await dsl.SubmitAsync(first, "Assign", ("AssigneeId", p.Teacher.Id.ToString())));
        var stale = await dsl.SubmitAsync(second, "Close", ("Outcome", "Referred to MASH after the home visit"));
        Expect.Errors(stale, "#Outcome");
        Assert.Contains(ConcernManagement.StaleMessage, stale.Text);
        Assert.Equal("Referred to MASH after the home visit", stale.Single("textarea#Outcome").TextContent.Trim());
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(ConcernStatus.Open, (await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == concern.Id)).Status);
        }

        // The redisplayed page carries the current version, so submitting again after checking works.
        Expect.RedirectTo(url, await dsl.SubmitAsync(stale, "Close"));
        await using (var db = app.CreateDbContext())
        {
            var saved = await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == concern.Id);
            Assert.Equal(ConcernStatus.Closed, saved.Status);
            Assert.Equal("Referred to MASH after the home visit", saved.Outcome);
            Assert.Equal(p.Teacher.Id, saved.AssignedToId);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_concern_page_explains_why_and_an_outsider_gets_an_audited_not_found(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        var concern = await app.ConcernAsync(p.Teacher, child);

        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var page = await teacher.OpenAsync($"/concerns/{concern.Id}");
        Assert.Contains("Larch Lane Primary School, holds this record", page.Single(".tessera-why-panel").TextContent);
        Assert.Throws<Xunit.Sdk.XunitException>(() => page.Form("Close"));
        page.Form("Amend");

        using var officer = app.CreateBrowser();
        await officer.SignInAsync(p.PoliceOfficer);
        await Expect.NotFoundAsync(officer, await officer.GetAsync($"/concerns/{concern.Id}"));
        await Expect.NotFoundAsync(officer, await officer.GetAsync($"/concerns/new?childId={child.Id}"));
        await Expect.NotFoundAsync(officer, await officer.GetAsync($"/concerns/{Guid.CreateVersion7()}"));
        var audit = await app.AuditAsync(child.Id);
        Assert.Contains(audit, e => e.Action == AuditAction.Read && e.SubjectId == concern.Id && e.ActorId == p.Teacher.Id);
        Assert.Equal(2, audit.Count(e => e.Action == AuditAction.Denied && e.ActorId == p.PoliceOfficer.Id));
    }
}
