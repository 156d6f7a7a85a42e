using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Calendar;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Web.Infrastructure;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Sharing;

public sealed class ShareJourneyTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_common_safeguarding_case_takes_eight_pages_and_the_recipient_sees_only_what_was_shared(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        var concern = await app.ConcernAsync(p.Teacher, child, "Arrived with bruising to both arms.");
        var other = await app.ConcernAsync(p.Teacher, child, "Said a neighbour shouts at them.");
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var pages = new List<string>();

        var draftUrl = Expect.Redirect(await StartAsync(teacher, $"/concerns/{concern.Id}"));
        Assert.EndsWith("/purpose", draftUrl, StringComparison.Ordinal);
        var next = await Step(teacher, pages, draftUrl, ("Purpose", nameof(SharingPurpose.Safeguarding)));
        var consent = await teacher.OpenAsync(next);
        Assert.Contains("You must share this", consent.Text);
        Assert.Contains("You do not need consent where a child is at risk", consent.Text);
        next = await Step(teacher, pages, next, ("Consent", nameof(ConsentState.NotSought)), ("ConsentNotSoughtReason", nameof(ConsentNotSoughtReason.WouldIncreaseRisk)));
        next = await Step(teacher, pages, next, ("RecipientKind", nameof(ShareRecipientKind.Practitioner)), ("RecipientPractitionerId", p.PoliceOfficer.Id.ToString()));
        var content = await teacher.OpenAsync(next);
        Assert.NotNull(content.Document.QuerySelector($"input[name='ConcernIds'][value='{concern.Id}'][checked]"));
        next = await Step(teacher, pages, next, ("SummaryFacts", "Bruising seen on both arms on Monday."), ("SummaryOpinion", "I am worried."), ("IdentitiesChecked", "yes"));
        Assert.EndsWith("/family", next, StringComparison.Ordinal);
        next = await Step(teacher, pages, next, ("FamilyTold", "no"), ("FamilyNotToldReason", "It could put the child at greater risk."));
        var basis = await teacher.OpenAsync(next);
        Assert.Contains("Tessera suggests", basis.Text);
        next = await Step(teacher, pages, next);
        Assert.EndsWith("/check", next, StringComparison.Ordinal);
        var check = await teacher.OpenAsync(next);
        Assert.Contains("Bruising seen on both arms on Monday.", check.Text);
        Assert.NotNull(check.Document.QuerySelector("a[href$='/recipient?change=true']"));
        pages.Add(next);
        var sent = Expect.Redirect(await teacher.SubmitAsync(check, null));
        Assert.StartsWith("/sharing/sent/", sent, StringComparison.Ordinal);
        pages.Add(sent);
        var sentPage = await teacher.OpenAsync(sent);
        Assert.Contains("Information shared", sentPage.Text);
        Assert.Contains("Not acknowledged yet", sentPage.Text);
        Assert.True(pages.Count <= 8, $"The safeguarding case took {pages.Count} pages: {string.Join(", ", pages)}");

        // The recipient: an alert that does not name the child, the share, but not the sender's record.
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(p.PoliceOfficer);
        await using (var db = app.CreateDbContext())
        {
            var alert = await db.InboxItems.Where(i => i.RecipientId == p.PoliceOfficer.Id && i.Kind == InboxItemKind.ShareReceived).OrderBy(i => i.CreatedAt).LastAsync();
            Assert.DoesNotContain(child.FamilyName, alert.Subject, StringComparison.Ordinal);
        }

        var shareId = sent.Split('/').Last();
        var received = await officer.OpenAsync($"/sharing/received/{shareId}");
        Assert.Contains("Arrived with bruising to both arms.", received.Text);
        Assert.DoesNotContain("neighbour shouts", received.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/children/{child.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/concerns/{other.Id}")).Status);

        // Acknowledge, then reply; the sharer sees both.
        Expect.RedirectTo($"/sharing/received/{shareId}", await officer.SubmitAsync(received, "Acknowledge"));
        Expect.Errors(await officer.FillInAsync($"/sharing/received/{shareId}", "Reply", ("Outcome", nameof(ShareOutcomeKind.Other))), "#OutcomeText");
        Expect.RedirectTo($"/sharing/received/{shareId}", await officer.FillInAsync($"/sharing/received/{shareId}", "Reply", ("Outcome", nameof(ShareOutcomeKind.AssessmentStarted))));
        sentPage = await teacher.OpenAsync(sent);
        Assert.Contains("Acknowledged", sentPage.Single("#acknowledgement").TextContent);
        Assert.Contains("Assessment started", sentPage.Text);
        Assert.Contains("Assessment started", (await teacher.OpenAsync("/sharing/sent")).Text);
        Assert.Contains("Decision to share", (await teacher.OpenAsync($"{sent}/record")).Text);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_question_says_what_is_missing_and_keeps_what_was_typed(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        await app.ConcernAsync(p.Teacher, child);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var url = Expect.Redirect(await StartAsync(teacher, $"/children/{child.Id}"));
        var draft = url.Split('/')[2];
        string U(string step) => $"/sharing/{draft}/{step}";

        Expect.Errors(await teacher.FillInAsync(U("purpose"), null), "#Purpose");
        Expect.Errors(await teacher.FillInAsync(U("purpose"), null, ("Purpose", nameof(SharingPurpose.Other))), "#PurposeOther");
        Expect.Errors(await teacher.FillInAsync(U("consent"), null), "#Consent");
        Expect.Errors(await teacher.FillInAsync(U("consent"), null, ("Consent", nameof(ConsentState.NotSought))), "#ConsentNotSoughtReason");
        Expect.Errors(await teacher.FillInAsync(U("recipient"), null), "#RecipientKind");
        Expect.Errors(await teacher.FillInAsync(U("recipient"), null, ("RecipientKind", nameof(ShareRecipientKind.Team))), "#RecipientTeamId");
        Expect.Errors(await teacher.FillInAsync(U("recipient"), null, ("RecipientKind", nameof(ShareRecipientKind.Agency)), ("RecipientAgencyId", Guid.NewGuid().ToString())), "#RecipientAgencyId");
        var content = await teacher.FillInAsync(U("what-to-share"), null, ("SummaryOpinion", "Typed before leaving"));
        Expect.Errors(content, "#SummaryFacts", "#IdentitiesChecked");
        Assert.Equal("Typed before leaving", (await teacher.OpenAsync(U("what-to-share"))).Single("#SummaryOpinion").TextContent);
        Expect.Errors(await teacher.FillInAsync(U("family"), null), "#FamilyTold");
        Expect.Errors(await teacher.FillInAsync(U("family"), null, ("FamilyTold", "no")), "#FamilyNotToldReason");
        Expect.Errors(await teacher.FillInAsync(U("lawful-basis"), null, ("LawfulBasis", ""), ("GatewayCode", "")), "#LawfulBasis", "#GatewayCode");
        Expect.Errors(await teacher.FillInAsync(U("lawful-basis"), null, ("LawfulBasis", nameof(Article6Basis.PublicTask)), ("GatewayCode", "MADE-UP")), "#GatewayCode");
        Expect.Errors(await teacher.FillInAsync(U("not-shared"), null), "#Reason");

        // Check answers cannot be reached with questions unanswered.
        Expect.RedirectTo(U("purpose"), await teacher.GetAsync(U("check")));

        // Someone else's draft is not found.
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        Assert.Equal(HttpStatusCode.NotFound, (await dsl.GetAsync(U("purpose"))).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_concern_amended_after_it_was_chosen_stops_the_share_and_nothing_is_lost(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        var concern = await app.ConcernAsync(p.Teacher, child);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var url = Expect.Redirect(await StartAsync(teacher, $"/concerns/{concern.Id}"));
        var draft = url.Split('/')[2];
        await Answer(teacher, draft, p);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        Expect.RedirectTo($"/concerns/{concern.Id}", await dsl.FillInAsync($"/concerns/{concern.Id}", "Amend", ("Text", "It was one arm, not both.")));

        var refused = await teacher.FillInAsync($"/sharing/{draft}/check", null);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("has changed since you chose it", refused.Text);
        Assert.NotNull(refused.Document.QuerySelector($".govuk-error-summary a[href='/sharing/{draft}/what-to-share?change=true']"));
        Assert.Contains("Bruising seen.", (await teacher.OpenAsync($"/sharing/{draft}/check")).Text);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Shares.AnyAsync(s => s.ChildRecordId == child.Id));

        // Choosing it again sends it.
        Expect.Redirect(await teacher.FillInAsync($"/sharing/{draft}/what-to-share?change=true", null));
        Assert.StartsWith("/sharing/sent/", Expect.Redirect(await teacher.FillInAsync($"/sharing/{draft}/check", null)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_decision_not_to_share_is_recorded_with_its_reason(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var url = Expect.Redirect(await StartAsync(teacher, $"/children/{child.Id}"));
        var draft = url.Split('/')[2];

        var recorded = Expect.Redirect(await teacher.FillInAsync($"/sharing/{draft}/not-shared", null,
            ("Reason", nameof(NotSharedReason.MoreDetrimentalThanNotSharing)), ("ReasonText", "Mum is about to move to a refuge.")));

        Assert.StartsWith("/sharing/decisions/", recorded, StringComparison.Ordinal);
        var page = await teacher.OpenAsync(recorded);
        Assert.Contains("Sharing would be more harmful to the child than not sharing: Mum is about to move to a refuge.", page.Single("#reason").TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/sharing/{draft}/purpose")).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_share_nobody_acknowledges_is_escalated_to_the_recipient_agencys_leads_after_a_working_day(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.PoliceOfficer);
        var concern = await app.ConcernAsync(p.PoliceOfficer, child);
        var share = await app.ShareWithAgencyAsync(p.PoliceOfficer, concern, p.SchoolId);
        var job = app.Services.GetRequiredService<ShareEscalationJob>();

        // The hosted job's run, on the app's clock: not a working day yet.
        await job.RunOnceAsync(CancellationToken.None);
        await using (var check = app.CreateDbContext())
        {
            Assert.Null((await check.Shares.SingleAsync(s => s.Id == share.Id)).EscalatedAt);
        }

        // Six days on (more than a working day whatever the weekday or bank holidays), on a clock of its own so the
        // shared app's clock is not moved under other tests.
        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(app.Clock.GetUtcNow().AddDays(6));
        await using (var escalating = app.CreateDbContext())
        {
            var escalation = new ShareEscalation(escalating, new Inbox(escalating), new ShareRecipients(escalating), new WorkingDayCalendar(escalating), new SharingSettings(), later);
            Assert.True(await escalation.EscalateOverdueAsync() >= 1);
        }

        await using var db = app.CreateDbContext();
        Assert.NotNull((await db.Shares.SingleAsync(s => s.Id == share.Id)).EscalatedAt);
        Assert.True(await db.InboxItems.AnyAsync(i => i.RecipientId == p.SchoolDsl.Id && i.SubjectId == share.Id && i.Kind == InboxItemKind.ShareNotAcknowledged));
        Assert.False(await db.InboxItems.AnyAsync(i => i.RecipientId == p.Teacher.Id && i.SubjectId == share.Id && i.Kind == InboxItemKind.ShareNotAcknowledged));
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        Assert.Contains("Escalated", (await dsl.OpenAsync($"/sharing/received/{share.Id}")).Single("#acknowledgement").TextContent);
    }

    private static async Task Answer(Browser teacher, string draft, Tessera.TestSupport.TestPartnership p)
    {
        Expect.Redirect(await teacher.FillInAsync($"/sharing/{draft}/purpose", null, ("Purpose", nameof(SharingPurpose.Safeguarding))));
        Expect.Redirect(await teacher.FillInAsync($"/sharing/{draft}/consent", null, ("Consent", nameof(ConsentState.NotSought)), ("ConsentNotSoughtReason", nameof(ConsentNotSoughtReason.WouldIncreaseRisk))));
        Expect.Redirect(await teacher.FillInAsync($"/sharing/{draft}/recipient", null, ("RecipientKind", nameof(ShareRecipientKind.Practitioner)), ("RecipientPractitionerId", p.PoliceOfficer.Id.ToString())));
        Expect.Redirect(await teacher.FillInAsync($"/sharing/{draft}/what-to-share", null, ("SummaryFacts", "Bruising seen."), ("IdentitiesChecked", "yes")));
        Expect.Redirect(await teacher.FillInAsync($"/sharing/{draft}/family", null, ("FamilyTold", "yes")));
        Expect.Redirect(await teacher.FillInAsync($"/sharing/{draft}/lawful-basis", null));
    }

    /// <summary>Presses "Share information" on a child or concern page.</summary>
    private static async Task<HtmlPage> StartAsync(Browser browser, string url)
    {
        var page = await browser.OpenAsync(url);
        var form = page.Document.Forms.Single(f => (f.GetAttribute("action") ?? "").StartsWith("/sharing/start", StringComparison.Ordinal));
        using var body = new FormUrlEncodedContent(HtmlPage.Values(form));
        var action = page.ActionOf(form);
        return await HtmlPage.ParseAsync(action, await browser.Client.PostAsync(action, body));
    }

    /// <summary>Counts the page, answers it and returns where it goes next.</summary>
    private static async Task<string> Step(Browser browser, List<string> pages, string url, params (string, string)[] answers)
    {
        pages.Add(url);
        return Expect.Redirect(await browser.FillInAsync(url, null, answers));
    }
}
