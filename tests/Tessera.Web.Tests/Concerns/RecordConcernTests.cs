using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Concerns;

public sealed class RecordConcernTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_teachers_concern_is_saved_with_facts_and_opinion_apart_and_the_lead_is_told(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);

        var page = await teacher.FillInAsync($"/concerns/new?childId={child.Id}", null,
            ("CategoryCode", "neglect"), ("LevelOfNeed", "3"),
            ("WhatHappened", "Came to school in the same clothes all week."),
            ("PractitionerView", "I think nobody is doing the washing."),
            ("ChildSaid", "Mum is asleep a lot."), ("ChildSeemed", "Tired and hungry."));

        var location = Expect.Redirect(page);
        var id = Guid.Parse(location["/concerns/".Length..]);
        await using var db = app.CreateDbContext();
        var concern = await db.Concerns.SingleAsync(c => c.Id == id);
        Assert.Equal(child.Id, concern.ChildRecordId);
        Assert.Equal(p.SchoolId, concern.AgencyId);
        Assert.Equal(p.Teacher.Id, concern.RecordedById);
        Assert.Equal("neglect", concern.CategoryCode);
        Assert.Equal(LevelOfNeed.Targeted, concern.LevelOfNeed);
        Assert.Equal("Came to school in the same clothes all week.", concern.WhatHappened);
        Assert.Equal("I think nobody is doing the washing.", concern.PractitionerView);
        Assert.Equal("Mum is asleep a lot.", concern.ChildSaid);
        Assert.Equal("Tired and hungry.", concern.ChildSeemed);
        Assert.Equal(ConcernStatus.Open, concern.Status);
        Assert.Equal(app.Clock.GetUtcNow(), concern.RecordedAt);
        Assert.Equal(concern.RecordedAt, concern.OccurredAt);

        var recorded = await db.ProcessEvents.SingleAsync(e => e.SubjectId == id && e.EventName == "ConcernRecorded");
        var alert = await db.InboxItems.SingleAsync(i => i.SubjectId == id && i.RecipientId == p.SchoolDsl.Id);
        Assert.Equal($"/concerns/{id}", alert.Link);
        Assert.DoesNotContain(child.FamilyName, alert.Subject);
        Assert.True(await db.ProcessEvents.AnyAsync(e => e.ProcessId == recorded.ProcessId && e.EventName == "InboxItemCreated" && e.SubjectId == alert.Id));
        Assert.False(await db.InboxItems.AnyAsync(i => i.SubjectId == id && i.RecipientId == p.Teacher.Id));

        var details = await teacher.OpenAsync(location);
        Assert.Contains("Concern saved", details.Text);
        Assert.Contains("I think nobody is doing the washing.", details.Text);

        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        var inbox = await dsl.OpenAsync("/inbox");
        Assert.NotNull(inbox.Document.QuerySelector($"a[href='/concerns/{id}']"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Missing_fields_are_each_reported_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var child = await app.ChildAsync(app.Partnership.Teacher);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        var page = await teacher.FillInAsync($"/concerns/new?childId={child.Id}", null, ("WhatHappened", "   "));
        Expect.Errors(page, "#CategoryCode", "#LevelOfNeed", "#WhatHappened", "#ChildSaid");

        var badDate = await teacher.FillInAsync($"/concerns/new?childId={child.Id}", null,
            ("CategoryCode", "neglect"), ("LevelOfNeed", "2"), ("WhatHappened", "Facts"), ("ChildVoiceNotRecordedReason", "Not seen"),
            ("OccurredOn.Day", "31"), ("OccurredOn.Month", "2"), ("OccurredOn.Year", "2024"), ("OccurredTime", "25:99"));
        Expect.Errors(badDate, "#OccurredOn-day", "#OccurredTime");

        var future = app.Clock.GetUtcNow().AddDays(3);
        var inFuture = await teacher.FillInAsync($"/concerns/new?childId={child.Id}", null,
            ("CategoryCode", "neglect"), ("LevelOfNeed", "2"), ("WhatHappened", "Facts"), ("ChildVoiceNotRecordedReason", "Not seen"),
            ("OccurredOn.Day", Text(future.Day)), ("OccurredOn.Month", Text(future.Month)), ("OccurredOn.Year", Text(future.Year)));
        Expect.Errors(inFuture, "#OccurredOn-day");

        await using var db = app.CreateDbContext();
        Assert.False(await db.Concerns.AnyAsync(c => c.ChildRecordId == child.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_back_dated_concern_keeps_when_it_was_recorded_and_when_it_happened(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var child = await app.ChildAsync(app.Partnership.Teacher);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);
        var now = app.Clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-10);

        var page = await teacher.FillInAsync($"/concerns/new?childId={child.Id}", null,
            ("CategoryCode", "neglect"), ("LevelOfNeed", "1"), ("WhatHappened", "Told me about the weekend."),
            ("ChildVoiceNotRecordedReason", "Told to me by a parent"),
            ("OccurredOn.Day", Text(day.Day)), ("OccurredOn.Month", Text(day.Month)), ("OccurredOn.Year", Text(day.Year)), ("OccurredTime", "09:15"));

        var id = Guid.Parse(Expect.Redirect(page)["/concerns/".Length..]);
        await using var db = app.CreateDbContext();
        var concern = await db.Concerns.SingleAsync(c => c.Id == id);
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var expected = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(9, 15)), london);
        Assert.Equal(new DateTimeOffset(expected, TimeSpan.Zero), concern.OccurredAt);
        Assert.Equal(now, concern.RecordedAt);

        var recorded = await db.ProcessEvents.SingleAsync(e => e.SubjectId == id && e.EventName == "ConcernRecorded");
        Assert.Contains("\"backDated\":true", recorded.Payload, StringComparison.Ordinal);
        var details = await teacher.OpenAsync($"/concerns/{id}");
        Assert.Contains("at 9:15am", details.Text);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_concern_about_the_police_child_cannot_be_recorded_by_the_school(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        await Expect.NotFoundAsync(teacher, await teacher.GetAsync($"/concerns/new?childId={p.PoliceChild.Id}"));

        // Posting a form from the teacher's own child, retargeted at the police child, is refused too.
        var own = await teacher.OpenAsync($"/concerns/new?childId={p.SchoolChild.Id}");
        var form = own.Form();
        var values = HtmlPage.Values(form).Where(v => v.Key != "ChildId").ToList();
        values.AddRange([new("ChildId", p.PoliceChild.Id.ToString()), new("CategoryCode", "neglect"), new("LevelOfNeed", "2"), new("WhatHappened", "Sneaky"), new("ChildSaid", "x")]);
        var address = new Uri(teacher.Client.BaseAddress!, $"/concerns/new?childId={p.PoliceChild.Id}");
        using var content = new FormUrlEncodedContent(values);
        await Expect.NotFoundAsync(teacher, await HtmlPage.ParseAsync(address, await teacher.Client.PostAsync(address, content)));

        await using var db = app.CreateDbContext();
        Assert.False(await db.Concerns.AnyAsync(c => c.ChildRecordId == p.PoliceChild.Id && c.AgencyId == p.SchoolId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_concern_can_also_be_about_a_sibling_at_the_same_postcode(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var form = await teacher.OpenAsync($"/concerns/new?childId={p.SchoolChild.Id}");
        Assert.NotNull(form.Document.QuerySelector($"input[name='LinkedChildIds'][value='{p.SchoolSibling.Id}']"));
        Assert.Null(form.Document.QuerySelector($"input[name='LinkedChildIds'][value='{p.PoliceChild.Id}']"));

        var whatHappened = Seed.Unique("Both children ");
        var saved = await teacher.SubmitAsync(form, null,
            ("CategoryCode", "neglect"), ("LevelOfNeed", "2"), ("WhatHappened", whatHappened), ("ChildSaid", "We were alone"),
            ("LinkedChildIds", p.SchoolSibling.Id.ToString()));
        var id = Guid.Parse(Expect.Redirect(saved)["/concerns/".Length..]);

        await using var db = app.CreateDbContext();
        var concern = await db.Concerns.Include(c => c.LinkedChildren).SingleAsync(c => c.Id == id);
        Assert.Equal(p.SchoolSibling.Id, Assert.Single(concern.LinkedChildren).ChildRecordId);
        var siblingPage = await teacher.OpenAsync($"/children/{p.SchoolSibling.Id}");
        Assert.NotNull(siblingPage.Document.QuerySelector($"a[href='/concerns/{id}']"));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
