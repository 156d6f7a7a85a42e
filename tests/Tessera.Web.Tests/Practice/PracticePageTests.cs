using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Practice;

public sealed class PracticePageTests(AppHosts hosts)
{
    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task An_example_is_sent_published_found_and_marked_helpful_once(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var title = $"Night-time handover {Guid.NewGuid():N}";
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var sent = await teacher.FillInAsync("/practice/new", null,
            ("Title", title), ("Summary", "The out-of-hours team handed over to the school by 8am."), ("WhatWorked", "A shared handover note."),
            ("Themes", "StrategicLeadershipAndCommunication"), ("Themes", "ProfessionalCapability"), ("Tags", "Handover, Out of hours"),
            ("AgencyTypes", "ChildrensSocialCare"), ("AgencyTypes", "School"));
        var location = Expect.Redirect(sent);
        var id = Guid.Parse(location["/practice/".Length..]);
        Assert.Contains("Waiting to be checked", (await teacher.OpenAsync(location)).Text);
        Assert.DoesNotContain(title, (await teacher.OpenAsync("/practice?q=handover")).Text);

        // Not published yet: nobody but the sender and administrators can open it.
        using var police = app.CreateBrowser();
        await police.SignInAsync(p.PoliceOfficer);
        await Expect.NotFoundAsync(police, await police.GetAsync(location));

        using var admin = app.CreateBrowser();
        await admin.SignInAsync(p.Administrator);
        Assert.Contains(title, (await admin.OpenAsync("/practice/moderation")).Text);
        Expect.RedirectTo("/practice/moderation", await admin.FillInAsync($"/practice/moderation/{id}", "Publish"));

        var results = await police.OpenAsync("/practice?q=%22night-time%22+NEAR+handover*&Theme=ProfessionalCapability&Agency=School&Tag=out+of+hours");
        Assert.NotNull(results.Document.QuerySelector($"a[href='/practice/{id}']"));
        Assert.Contains("1 example found", results.Text);
        var filteredOut = await police.OpenAsync("/practice?q=handover&Agency=Police");
        Assert.Null(filteredOut.Document.QuerySelector($"a[href='/practice/{id}']"));

        Expect.Redirect(await police.FillInAsync(location, "Helpful"));
        var again = await police.OpenAsync(location);
        Assert.Contains("You marked this example as helpful", again.Text);
        Assert.Contains("1 person", again.Text);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.HelpfulMarks.CountAsync(m => m.PracticeExampleId == id));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Missing_fields_are_reported_what_was_typed_is_kept_and_hostile_searches_still_answer(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);
        var page = await teacher.FillInAsync("/practice/new", null, ("Title", "Kept title"), ("Tags", "a,b"));
        Expect.Errors(page, "#Summary", "#WhatWorked", "#Themes", "#AgencyTypes");
        Assert.Equal("Kept title", page.Single("#Title").GetAttribute("value"));

        foreach (var q in new[] { "%22", "*", "NEAR(", "-", "a%27+OR+%271%27%3D%271", "%3A*", "%26%7C!" })
        {
            var results = await teacher.GetAsync($"/practice?q={q}");
            Assert.Equal(HttpStatusCode.OK, results.Status);
        }

        using var admin = app.CreateBrowser();
        await admin.SignInAsync(app.Partnership.Administrator);
        await using var db = app.CreateDbContext();
        var example = new PracticeExample { Id = Guid.CreateVersion7(), Title = "To reject", Summary = "s", WhatWorked = "w", Themes = PracticeThemes.ProfessionalCapability, Status = PracticeExampleStatus.AwaitingModeration, SubmittedById = app.Partnership.Teacher.Id, SubmittedAt = app.Clock.GetUtcNow() };
        db.PracticeExamples.Add(example);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var noReason = await admin.FillInAsync($"/practice/moderation/{example.Id}", "Reject", ("RejectionReason", ""));
        Expect.Errors(noReason, "#RejectionReason");
        Expect.Redirect(await admin.SubmitAsync(noReason, "Reject", ("RejectionReason", "It names a school.")));
        Assert.Contains("It names a school.", (await teacher.OpenAsync($"/practice/{example.Id}")).Text);
    }
}
