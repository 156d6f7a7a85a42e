using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Sharing;

public sealed class AdvicePageTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_practitioner_asks_their_DSL_who_answers_and_the_practitioner_resumes(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var draftId = Guid.NewGuid();
        var returnUrl = $"/sharing/drafts/{draftId}/lawful-basis";
        var question = Seed.Unique("Can I share this without consent? ");
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);

        var ask = await teacher.OpenAsync($"/sharing/advice/ask?draftId={draftId}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(returnUrl, ask.Single(".govuk-back-link").GetAttribute("href"));
        Expect.Errors(await teacher.SubmitAsync(ask, null), "#AskRole", "#Question", "#AnonymisedSummary");

        // A summary that names the child is held back until the practitioner confirms; what they typed is kept.
        var named = await teacher.SubmitAsync(ask, null, ("AskRole", "DesignatedSafeguardingLead"), ("Question", question),
            ("AnonymisedSummary", "Mia Testperson in year 3 says an adult at home hits her."));
        Expect.Errors(named, "#ConfirmedAnonymous");
        Assert.Contains("It looks like it contains a name", named.Text);
        Assert.Equal(question, named.Single("#Question").GetAttribute("value"));

        var sent = await teacher.SubmitAsync(named, null, ("AnonymisedSummary", "A pupil in year 3 says an adult at home hits them. Mum asked us not to tell anyone."));
        var location = Expect.Redirect(sent);
        var id = Guid.Parse(location.Split('/').Last());
        var waiting = await teacher.OpenAsync(location);
        Assert.Contains("Your request has been sent to your designated safeguarding lead", waiting.Text);
        Assert.DoesNotContain("Resume your sharing decision", waiting.Text);

        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        var list = await dsl.OpenAsync("/sharing/advice");
        Assert.Contains(question, list.Text);
        var request = await dsl.OpenAsync($"/sharing/advice/{id}");
        Assert.Contains("Mum asked us not to tell anyone", request.Text);
        Expect.Errors(await dsl.SubmitAsync(request, null), "#Answer");
        Expect.RedirectTo("/sharing/advice", await dsl.SubmitAsync(request, null, ("Answer", "Share with children's social care today: the child is at risk, so consent is not needed.")));
        var afterAnswer = await dsl.OpenAsync("/sharing/advice");
        Assert.Contains("Your advice has been sent", afterAnswer.Text);
        Assert.DoesNotContain(question, afterAnswer.Text);

        var answered = await teacher.OpenAsync($"/sharing/advice/{id}");
        Assert.Contains("consent is not needed", answered.Text);
        Assert.Equal(returnUrl, answered.Single("#resume").GetAttribute("href"));
        Assert.Equal("Resume your sharing decision", answered.Single("#resume").TextContent.Trim());

        // Another agency cannot see it at all, and the requester's alert names no one.
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(p.PoliceOfficer);
        await Expect.NotFoundAsync(officer, await officer.GetAsync($"/sharing/advice/{id}"));
        await using var db = app.CreateDbContext();
        var alert = await db.InboxItems.SingleAsync(i => i.SubjectId == id && i.RecipientId == p.Teacher.Id);
        Assert.Equal(InboxItemKind.AdviceAnswered, alert.Kind);
        Assert.NotNull(alert.ReadAt);
        Assert.DoesNotContain("Mum", alert.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_address_off_the_site_is_not_offered_as_the_way_back(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);

        var ask = await teacher.OpenAsync("/sharing/advice/ask?returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Empty(ask.Document.QuerySelectorAll(".govuk-back-link"));
        var refused = await teacher.SubmitAsync(ask, null, ("AskRole", "PrivacyOfficer"), ("Question", "Is this a data protection question?"), ("AnonymisedSummary", "A pupil's parent asked what we hold."));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("The link back to your sharing decision is not valid", refused.Text);
    }
}
