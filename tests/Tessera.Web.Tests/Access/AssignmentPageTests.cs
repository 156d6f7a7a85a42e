using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Access;

public sealed class AssignmentPageTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_DSL_assigns_a_practitioner_who_then_sees_the_child_until_the_assignment_is_ended(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.SchoolDsl);
        await app.SetTeamAsync(child.Id, p.NurtureTeamId, p.SchoolDsl.Id);
        var url = $"/children/{child.Id}";

        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        await Expect.NotFoundAsync(teacher, await teacher.GetAsync(url));
        await Expect.NotFoundAsync(teacher, await teacher.GetAsync($"{url}/assignments"));

        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        Expect.Errors(await dsl.FillInAsync($"{url}/assignments", "Assign", ("PractitionerId", ""), ("Reason", "")), "#PractitionerId", "#Reason");
        Expect.RedirectTo(url, await dsl.FillInAsync($"{url}/assignments", "Assign",
            ("PractitionerId", p.Teacher.Id.ToString()), ("Reason", "Covering the nurture lead's leave")));
        Assert.Contains("Ada Teacher, Larch Lane Primary School: Covering the nurture lead's leave", (await dsl.OpenAsync(url)).Text);

        var page = await teacher.OpenAsync(url);
        Assert.Contains("assigned you to this child", page.Single(".tessera-why-panel").TextContent);

        // Ended from a page opened before someone else ended it: refused with a clear message.
        var first = await dsl.OpenAsync($"{url}/assignments");
        var second = await dsl.OpenAsync($"{url}/assignments");
        Expect.RedirectTo($"{url}/assignments", await dsl.SubmitAsync(first, "End"));
        var stale = await dsl.SubmitAsync(second, "End");
        Assert.True(stale.HasErrorSummary);
        Assert.Contains(AssignmentService.StaleMessage, stale.Text);

        await Expect.NotFoundAsync(teacher, await teacher.GetAsync(url));
        var audit = await app.AuditAsync(child.Id);
        Assert.Equal(2, audit.Count(e => e.SubjectType == "assignment" && e.ActorId == p.SchoolDsl.Id));
        Assert.Contains(audit, e => e.Action == AuditAction.Read && e.ActorId == p.Teacher.Id);
        Assert.True(audit.Count(e => e.Action == AuditAction.Denied && e.ActorId == p.Teacher.Id) >= 3);
        await using var db = app.CreateDbContext();
        var saved = await db.ChildAssignments.SingleAsync(a => a.ChildRecordId == child.Id);
        Assert.Equal(p.SchoolDsl.Id, saved.EndedById);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_teacher_cannot_assign_and_an_outsider_is_refused_as_not_found(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        await Expect.NotFoundAsync(teacher, await teacher.GetAsync($"/children/{p.SchoolSibling.Id}/assignments"));
        Assert.DoesNotContain("Assign a practitioner", (await teacher.OpenAsync($"/children/{p.SchoolSibling.Id}")).Text);

        using var officer = app.CreateBrowser();
        await officer.SignInAsync(p.PoliceOfficer);
        await Expect.NotFoundAsync(officer, await officer.GetAsync($"/children/{p.SchoolSibling.Id}/shield"));
        await Expect.NotFoundAsync(officer, await officer.GetAsync($"/children/{p.SchoolSibling.Id}/views"));
        var denied = (await app.AuditAsync(p.SchoolSibling.Id)).Where(e => e.Action == AuditAction.Denied && e.ActorId == p.PoliceOfficer.Id).ToList();
        Assert.True(denied.Count >= 2);
    }
}
