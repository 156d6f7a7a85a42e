using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Processes;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Access;

public sealed class WhoViewedTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_case_holder_sees_the_last_25_views_and_the_privacy_officer_sees_everything_with_filters(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.SchoolDsl);
        await app.SetTeamAsync(child.Id, null, p.Teacher.Id);
        await using (var db = app.CreateDbContext())
        {
            // 30 earlier views by the DSL, two of them under emergency access by the police officer, and one search.
            var trail = new AuditTrail(db, app.Clock, new AuditSettings());
            for (var i = 0; i < 28; i++)
            {
                trail.Add(AuditAction.Read, Actor.ForPractitioner(p.SchoolDsl.Id, p.SchoolId), "child", child.Id, child.Id);
            }

            trail.Add(AuditAction.Read, Actor.ForPractitioner(p.PoliceOfficer.Id, p.PoliceId), "child", child.Id, child.Id, emergencyAccessId: Guid.CreateVersion7());
            trail.Add(AuditAction.Read, Actor.ForPractitioner(p.PoliceOfficer.Id, p.PoliceId), "child", child.Id, child.Id, emergencyAccessId: Guid.CreateVersion7());
            trail.Add(AuditAction.Search, Actor.ForPractitioner(p.Teacher.Id, p.SchoolId), "search", null, child.Id);
            await db.SaveChangesAsync();
        }

        var url = $"/children/{child.Id}/views";
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        Assert.Contains("Who has viewed this record", (await teacher.OpenAsync($"/children/{child.Id}")).Text);
        var recent = await teacher.OpenAsync(url);
        Assert.Equal(25, recent.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Null(recent.Document.QuerySelector("form[method='get']"));
        // The teacher's own view of the record, just now, is the newest.
        Assert.Contains("Ada Teacher", recent.Document.QuerySelector("tbody tr")!.TextContent);

        using var privacy = app.CreateBrowser();
        await privacy.SignInAsync(p.SchoolPrivacyOfficer);
        var everything = await privacy.OpenAsync(url);
        var all = everything.Document.QuerySelectorAll("tbody tr").Length;
        Assert.True(all > 33, $"Expected every entry, got {all}.");
        var emergency = await privacy.SubmitAsync(everything, null, ("EmergencyOnly", "true"));
        Assert.Equal(2, emergency.Document.QuerySelectorAll("tbody tr").Length);
        Assert.All(emergency.Document.QuerySelectorAll("tbody tr"), r => Assert.Contains("Testshire Police", r.TextContent));
        var police = await privacy.SubmitAsync(everything, null, ("Agency", p.PoliceId.ToString()));
        Assert.Equal(2, police.Document.QuerySelectorAll("tbody tr").Length);
        var searches = await privacy.SubmitAsync(everything, null, ("Action", "Search"));
        Assert.Equal(1, searches.Document.QuerySelectorAll("tbody tr").Length);
        var today = app.Clock.GetUtcNow().UtcDateTime.AddDays(1);
        var future = await privacy.SubmitAsync(everything, null, ("From.Day", today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("From.Month", today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("From.Year", today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("Nothing to show", future.Text);
        Expect.Errors(await privacy.SubmitAsync(everything, null, ("From.Day", "31"), ("From.Month", "2"), ("From.Year", "2026")), "#From-day");

        // Looking at who looked is itself recorded, for both people.
        var audit = await app.AuditAsync(child.Id);
        Assert.Contains(audit, e => e.SubjectType == "child-views" && e.ActorId == p.Teacher.Id);
        Assert.Contains(audit, e => e.SubjectType == "child-views" && e.ActorId == p.SchoolPrivacyOfficer.Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_practitioner_who_is_not_the_case_holder_cannot_see_who_viewed(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        await Expect.NotFoundAsync(teacher, await teacher.GetAsync($"/children/{p.SchoolSibling.Id}/views"));
        Assert.DoesNotContain("Who has viewed this record", (await teacher.OpenAsync($"/children/{p.SchoolSibling.Id}")).Text);
        Assert.Contains(await app.AuditAsync(p.SchoolSibling.Id), e => e.Action == AuditAction.Denied && e.ActorId == p.Teacher.Id);
    }
}
