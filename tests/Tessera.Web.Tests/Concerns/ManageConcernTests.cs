using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Concerns;

public sealed class ManageConcernTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_lead_adds_an_action_assigns_amends_and_closes_with_an_outcome(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        var concern = await app.ConcernAsync(p.Teacher, child);
        var url = $"/concerns/{concern.Id}";
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);

        // Action, given to the teacher.
        var due = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(7);
        Expect.RedirectTo(url, await dsl.FillInAsync(url, "AddAction",
            ("Description", "Speak to mum at pick-up"), ("ActionAssigneeId", p.Teacher.Id.ToString()),
            ("DueBy.Day", due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("DueBy.Month", due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("DueBy.Year", due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var page = await dsl.OpenAsync(url);
        Assert.Contains("Action added", page.Text);
        Assert.Contains("Speak to mum at pick-up (for Ada Teacher)", page.Text);

        // Assigned to the teacher.
        Expect.RedirectTo(url, await dsl.FillInAsync(url, "Assign", ("AssigneeId", p.Teacher.Id.ToString())));

        // Two amendments, both kept.
        Expect.RedirectTo(url, await dsl.FillInAsync(url, "Amend", ("Text", "Mum called back: she has been unwell.")));
        Expect.RedirectTo(url, await dsl.FillInAsync(url, "Amend", ("Text", "Dad is now doing the school run.")));

        // Closing needs an outcome.
        Expect.Errors(await dsl.FillInAsync(url, "Close", ("Outcome", "")), "#Outcome");
        Expect.RedirectTo(url, await dsl.FillInAsync(url, "Close", ("Outcome", "Early help offered and accepted")));

        // After closing, amendments still append; management forms are gone.
        Expect.RedirectTo(url, await dsl.FillInAsync(url, "Amend", ("Text", "Early help started this week.")));
        page = await dsl.OpenAsync(url);
        Assert.Throws<Xunit.Sdk.XunitException>(() => page.Form("Close"));
        Assert.Contains("Early help offered and accepted", page.Text);
        Assert.Contains("Mum called back: she has been unwell.", page.Text);
        Assert.Contains("Dad is now doing the school run.", page.Text);

        await using var db = app.CreateDbContext();
        var saved = await db.Concerns.Include(c => c.Actions).Include(c => c.Amendments).SingleAsync(c => c.Id == concern.Id);
        Assert.Equal(ConcernStatus.Closed, saved.Status);
        Assert.Equal("Early help offered and accepted", saved.Outcome);
        Assert.Equal(p.SchoolDsl.Id, saved.ClosedById);
        Assert.Equal(p.Teacher.Id, saved.AssignedToId);
        var action = Assert.Single(saved.Actions);
        Assert.Equal(p.Teacher.Id, action.AssignedToId);
        Assert.Equal(due, action.DueBy);
        Assert.Equal(3, saved.Amendments.Count);
        Assert.Equal("Arrived without a coat in the snow.", saved.WhatHappened);

        var events = await db.ProcessEvents.Where(e => e.SubjectId == concern.Id).Select(e => e.EventName).ToListAsync();
        Assert.Equal(1, events.Count(e => e == "ConcernRecorded"));
        Assert.Equal(1, events.Count(e => e == "ConcernActionAdded"));
        Assert.Equal(1, events.Count(e => e == "ConcernAssigned"));
        Assert.Equal(3, events.Count(e => e == "ConcernAmended"));
        Assert.Equal(1, events.Count(e => e == "ConcernClosed"));

        var teacherAlerts = await db.InboxItems.Where(i => i.SubjectId == concern.Id && i.RecipientId == p.Teacher.Id).Select(i => i.Kind).ToListAsync();
        Assert.Equal(2, teacherAlerts.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_action_with_a_past_due_date_or_someone_from_another_agency_is_refused(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var concern = await app.ConcernAsync(p.Teacher, await app.ChildAsync(p.Teacher));
        var url = $"/concerns/{concern.Id}";
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);

        Expect.Errors(await dsl.FillInAsync(url, "AddAction", ("Description", "Too late"), ("DueBy.Day", "1"), ("DueBy.Month", "1"), ("DueBy.Year", "2020")), "#DueBy-day");
        Expect.Errors(await dsl.FillInAsync(url, "AddAction", ("Description", "")), "#Description");
        Expect.Errors(await dsl.FillInAsync(url, "AddAction", ("Description", "Police job"), ("ActionAssigneeId", p.PoliceOfficer.Id.ToString())), "#ActionAssigneeId");
        Expect.Errors(await dsl.FillInAsync(url, "Assign", ("AssigneeId", p.PoliceOfficer.Id.ToString())), "#AssigneeId");
        Expect.Errors(await dsl.FillInAsync(url, "Amend", ("Text", " ")), "#Text");

        await using var db = app.CreateDbContext();
        Assert.False(await db.ConcernActions.AnyAsync(a => a.ConcernId == concern.Id));
        Assert.Null((await db.Concerns.SingleAsync(c => c.Id == concern.Id)).AssignedToId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Opening_a_concern_marks_its_alert_read_and_it_is_listed_as_open(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var concern = await app.ConcernAsync(p.Teacher, await app.ChildAsync(p.Teacher));
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);

        var open = await dsl.OpenAsync("/concerns/open");
        Assert.Contains("Larch Lane Primary School", open.Text);

        await dsl.OpenAsync($"/concerns/{concern.Id}");
        await using var db = app.CreateDbContext();
        var alert = await db.InboxItems.SingleAsync(i => i.SubjectId == concern.Id && i.RecipientId == p.SchoolDsl.Id);
        Assert.Equal(app.Clock.GetUtcNow(), alert.ReadAt);
    }
}
