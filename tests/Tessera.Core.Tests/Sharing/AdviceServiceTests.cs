using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Sharing.Advice;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;

namespace Tessera.Core.Tests.Sharing;

public sealed class AdviceServiceTests
{
    private static readonly Guid DraftId = Guid.CreateVersion7();

    private static AskAdviceInput Question(string summary = "A pupil in year 3 has said an adult at home hits them. Mum asked us not to tell anyone.") => new()
    {
        AskRole = AdviserRole.DesignatedSafeguardingLead,
        Question = "Can I share this with children's social care without consent?",
        AnonymisedSummary = summary,
        ShareDraftId = DraftId,
        ReturnUrl = $"/sharing/drafts/{DraftId}/lawful-basis",
    };

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Asked_answered_and_attached_to_the_draft(DatabaseProvider provider)
    {
        var a = await SharingRulesArrange.CreateAsync(provider);
        Guid id;
        await using (var db = a.Db())
        {
            var asked = await Service(db).AskAsync(Question(), a.Start(ProcessType.AdviceRequested, a.P.Teacher));
            Assert.True(asked.Succeeded);
            id = asked.Value!.Id;
            // Both of the school's DSLs are alerted, not its privacy officer; the alert carries none of the summary.
            var alerts = await db.InboxItems.Where(i => i.Kind == InboxItemKind.AdviceRequested).ToListAsync();
            Assert.Equal(new[] { a.P.SchoolDsl.Id, a.P.UnenrolledDsl.Id }.Order(), alerts.Select(i => i.RecipientId).Order());
            Assert.All(alerts, alert => Assert.DoesNotContain("Mum", alert.Subject, StringComparison.Ordinal));
            Assert.Equal([id], (await Service(db).AwaitingAdviceAsync(a.P.SchoolDsl.Id)).Select(r => r.Id));
            Assert.Empty(await Service(db).AwaitingAdviceAsync(a.P.Teacher.Id));
            Assert.Empty(await Service(db).AnsweredForDraftAsync(DraftId, a.P.Teacher.Id));
        }

        await using (var db = a.Db())
        {
            var version = await Service(db).VersionOfAsync(id);
            await Assert.ThrowsAsync<NotPermittedException>(() => Service(db).AnswerAsync(id, "Share it.", version, a.Start(ProcessType.AdviceAnswered, a.P.PoliceOfficer)));
            var empty = await Service(db).AnswerAsync(id, " ", version, a.Start(ProcessType.AdviceAnswered, a.P.SchoolDsl));
            Assert.Equal("Enter your advice", empty.Errors.For("Answer"));
            var answered = await Service(db).AnswerAsync(id, "Yes: the child is at risk, so share with children's social care today.", version, a.Start(ProcessType.AdviceAnswered, a.P.SchoolDsl));
            Assert.True(answered.Succeeded);
        }

        await using (var db = a.Db())
        {
            var attached = Assert.Single(await Service(db).AnsweredForDraftAsync(DraftId, a.P.Teacher.Id));
            Assert.Equal(AdviceStatus.Answered, attached.Status);
            Assert.Equal(a.P.SchoolDsl.Id, attached.AnsweredById);
            Assert.Equal($"/sharing/drafts/{DraftId}/lawful-basis", attached.ReturnUrl);
            Assert.True(await db.InboxItems.AnyAsync(i => i.RecipientId == a.P.Teacher.Id && i.Kind == InboxItemKind.AdviceAnswered));
            Assert.Null(await Service(db).GetAsync(id, a.P.PoliceOfficer.Id));
            Assert.NotNull(await Service(db).GetAsync(id, a.P.SchoolPrivacyOfficer.Id));
            var again = await Service(db).AnswerAsync(id, "Changed my mind.", await Service(db).VersionOfAsync(id), a.Start(ProcessType.AdviceAnswered, a.P.SchoolPrivacyOfficer));
            Assert.Equal("This request has already been answered", again.Errors.For("Answer"));
            Assert.Equal(["AdviceRequested", "AdviceAnswered"], await db.ProcessEvents.Where(e => e.EventType == 740 || e.EventType == 741).OrderBy(e => e.EventType).Select(e => e.EventName).ToListAsync());
        }
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_summary_that_may_identify_the_child_needs_confirming_and_bad_input_saves_nothing(DatabaseProvider provider)
    {
        var a = await SharingRulesArrange.CreateAsync(provider);
        await using var db = a.Db();
        var service = Service(db);

        var named = await service.AskAsync(Question("Mia Testperson, born 27/03/2016, NHS 943 476 5919, said her stepdad hits her."), a.Start(ProcessType.AdviceRequested, a.P.Teacher));
        Assert.StartsWith("It looks like it contains a name", named.Errors.For(nameof(AskAdviceInput.ConfirmedAnonymous)));

        var offsite = await service.AskAsync(Question() with { ReturnUrl = "https://evil.example/" }, a.Start(ProcessType.AdviceRequested, a.P.Teacher));
        Assert.True(offsite.Errors.Has(nameof(AskAdviceInput.ReturnUrl)));

        // The hospital has no DSL in Tessera: the clinician is told whom to ask instead.
        var nobody = await service.AskAsync(Question(), a.Start(ProcessType.AdviceRequested, a.P.Clinician));
        Assert.Contains("privacy officer", nobody.Errors.For(nameof(AskAdviceInput.AskRole)));

        Assert.Equal(0, await db.AdviceRequests.CountAsync());

        var confirmed = await service.AskAsync(Question("Mr Smith may be involved.") with { ConfirmedAnonymous = true }, a.Start(ProcessType.AdviceRequested, a.P.Teacher));
        Assert.True(confirmed.Succeeded);
        Assert.Contains("\"identifierWarningOverridden\":true", await db.ProcessEvents.Where(e => e.EventType == 740).Select(e => e.Payload).SingleAsync());
    }

    [Theory]
    [InlineData("A pupil in year 3 said an adult at home hits them.", 0)]
    [InlineData("Children's Social Care already know the family.", 0)]
    [InlineData("Mia Testperson told her teacher.", 1)]
    [InlineData("Ms Jones is the child's aunt.", 1)]
    [InlineData("NHS number 9434765919.", 1)]
    [InlineData("Born 27/03/2016.", 1)]
    [InlineData("Born on 27 March 2016.", 1)]
    [InlineData("Mia Testperson, born 2016-03-27, NHS 943 476 5919.", 3)]
    public void Spots_what_may_identify_a_child(string text, int warnings) =>
        Assert.Equal(warnings, AnonymisationCheck.Warnings(text).Count);

    [Fact]
    public void The_ask_address_carries_the_draft_and_the_way_back()
    {
        var draft = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");

        Assert.Equal("/sharing/advice/ask?draftId=0193a1b2-0000-7000-8000-000000000001&returnUrl=%2Fsharing%2Fdrafts%2Fx%3Fstep%3D2",
            AdvicePages.AskUrl(draft, "/sharing/drafts/x?step=2"));
        Assert.Equal("/sharing/advice/ask?returnUrl=%2Fchildren", AdvicePages.AskUrl(null, "/children"));
    }

    private static AdviceService Service(TesseraDbContext db) => new(db, new Inbox(db));
}
