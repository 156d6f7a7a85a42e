using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Identifiers;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.TestSupport;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Emergency;

public sealed class EmergencyAccessPageTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    private const string Why = "Brought in unconscious; need to know of any safeguarding plan.";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_clinician_breaks_glass_by_NHS_number_and_every_read_is_flagged(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var (child, nhs) = await ChildWithNhsNumberAsync(app, p.Teacher);
        using var clinician = app.CreateBrowser();
        await clinician.SignInAsync(p.Clinician);

        // No relationship yet: the record is "not found".
        await Expect.NotFoundAsync(clinician, await clinician.GetAsync($"/children/{child.Id}"));

        var start = await clinician.OpenAsync("/emergency");
        Assert.Contains("reviews each use", start.Text);
        Assert.Equal("post", start.Form().Method, ignoreCase: true);
        var confirm = await clinician.SubmitAsync(start, null,
            ("NhsNumber", NhsNumber.Format(nhs)), ("Reason", ((int)EmergencyReason.UrgentMedicalTreatment).ToString(CultureInfo.InvariantCulture)), ("ReasonText", Why));
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Equal(["Larch Lane Primary School"], confirm.Document.QuerySelectorAll("#matching-agencies li").Select(li => li.TextContent.Trim()));
        Assert.DoesNotContain(child.FamilyName, confirm.Text, StringComparison.Ordinal);
        Assert.Equal("/emergency?handler=Start", confirm.ActionOf(confirm.Form("Start")).PathAndQuery);

        var started = await clinician.SubmitAsync(confirm, "Start");
        Expect.RedirectTo($"/children/{child.Id}", started);
        var record = await clinician.OpenAsync($"/children/{child.Id}");
        Assert.Contains("You are using emergency access until", record.Single(".tessera-why-panel").TextContent);

        // The child's identifiers were only ever in request bodies.
        foreach (var address in new[] { start.Address, confirm.Address, started.Address, started.Response.Headers.Location!, record.Address })
        {
            Assert.DoesNotContain(nhs, address.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(nhs[..3], address.OriginalString.Split('?').ElementAtOrDefault(1) ?? "", StringComparison.Ordinal);
        }

        await using var db = app.CreateDbContext();
        var emergency = await db.EmergencyAccesses.SingleAsync(e => e.ChildRecordId == child.Id);
        Assert.Equal(p.Clinician.Id, emergency.PractitionerId);
        Assert.Equal(Why, emergency.ReasonText);
        Assert.Equal(app.Clock.GetUtcNow().AddHours(4), emergency.ExpiresAt);
        var read = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Read && e.ChildRecordId == child.Id && e.ActorId == p.Clinician.Id);
        Assert.Equal(emergency.Id, read.EmergencyAccessId);
        var alert = await db.InboxItems.SingleAsync(i => i.SubjectId == emergency.Id && i.RecipientId == p.SchoolPrivacyOfficer.Id);
        Assert.DoesNotContain(child.GivenName, alert.Subject, StringComparison.Ordinal);
        Assert.Equal(1, await db.InboxItems.CountAsync(i => i.SubjectId == emergency.Id && i.RecipientId == p.Teacher.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_or_unmatched_details_show_an_error_summary_and_start_nothing(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var clinician = app.CreateBrowser();
        await clinician.SignInAsync(p.Clinician);
        await using var db = app.CreateDbContext();
        var before = await db.EmergencyAccesses.CountAsync(e => e.PractitionerId == p.Clinician.Id);

        Expect.Errors(await clinician.FillInAsync("/emergency", null), "#NhsNumber", "#Reason", "#ReasonText");
        Expect.Errors(await clinician.FillInAsync("/emergency", null, ("NhsNumber", "123 456 7890"), ("Reason", "2"), ("ReasonText", Why)), "#NhsNumber");
        Expect.Errors(await clinician.FillInAsync("/emergency", null, ("GivenName", "Robin"), ("DateOfBirth.Day", "31"), ("DateOfBirth.Month", "2"), ("DateOfBirth.Year", "2015"), ("Reason", "2"), ("ReasonText", Why)),
            "#FamilyName", "#DateOfBirth-day");
        Expect.Errors(await clinician.FillInAsync("/emergency", null, ("NhsNumber", "999 000 0018"), ("Reason", "99"), ("ReasonText", new string('a', 1001))), "#ReasonText");

        // Valid details that match no record get the same answer whichever agency might hold the child.
        var noMatch = await clinician.FillInAsync("/emergency", null,
            ("GivenName", "Nobody"), ("FamilyName", Seed.Unique("Unheld")), ("DateOfBirth.Day", "1"), ("DateOfBirth.Month", "6"), ("DateOfBirth.Year", "2015"), ("Reason", "3"), ("ReasonText", Why));
        Expect.Errors(noMatch, "#GivenName");
        Assert.Contains("No child record matches these details. Check them, or contact the MASH.", noMatch.Single(".govuk-error-summary").TextContent);
        Assert.StartsWith("Error: ", noMatch.Document.Title, StringComparison.Ordinal);

        // Posting straight to the start step with details that match nothing is refused the same way.
        var forged = await PostAsync(clinician, "/emergency?handler=Start", ("NhsNumber", "999 000 0018"), ("Reason", "1"), ("ReasonText", Why));
        Expect.Errors(forged, "#NhsNumber");
        Assert.Contains("No child record matches these details.", forged.Text);

        Assert.Equal(before, await db.EmergencyAccesses.CountAsync(e => e.PractitionerId == p.Clinician.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Name_and_date_of_birth_open_every_matching_record_and_the_practitioner_ends_them(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var family = Seed.Unique("Twinrecord");
        var school = await app.ChildAsync(p.Teacher, family);
        var police = await app.ChildAsync(p.PoliceOfficer, family);
        using var clinician = app.CreateBrowser();
        await clinician.SignInAsync(p.Clinician);

        var confirm = await clinician.FillInAsync("/emergency", null,
            ("GivenName", "ROBIN"), ("FamilyName", family.ToLowerInvariant()), ("DateOfBirth.Day", "1"), ("DateOfBirth.Month", "6"), ("DateOfBirth.Year", "2015"),
            ("Reason", "1"), ("ReasonText", Why));
        Assert.Equal(["Larch Lane Primary School", "Testshire Police"], confirm.Document.QuerySelectorAll("#matching-agencies li").Select(li => li.TextContent.Trim()));
        Expect.RedirectTo("/emergency/active", await clinician.SubmitAsync(confirm, "Start"));

        var active = await clinician.OpenAsync("/emergency/active");
        Assert.Contains("Emergency access started to 2 records", active.Text);
        Assert.NotNull(active.Document.QuerySelector($"a[href='/children/{school.Id}']"));
        Assert.NotNull(active.Document.QuerySelector($"a[href='/children/{police.Id}']"));
        await clinician.OpenAsync($"/children/{police.Id}");

        await using var db = app.CreateDbContext();
        var toEnd = await db.EmergencyAccesses.SingleAsync(e => e.ChildRecordId == police.Id);
        var endForm = active.Document.Forms.Single(f => (f.GetAttribute("action") ?? "").Contains(toEnd.Id.ToString(), StringComparison.Ordinal));
        using var content = new FormUrlEncodedContent(HtmlPage.Values(endForm));
        var ended = await clinician.Client.PostAsync(active.ActionOf(endForm), content);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        await Expect.NotFoundAsync(clinician, await clinician.GetAsync($"/children/{police.Id}"));
        await clinician.OpenAsync($"/children/{school.Id}");
        var after = await clinician.OpenAsync("/emergency/active");
        Assert.Null(after.Document.QuerySelector($"a[href='/children/{police.Id}']"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_schools_privacy_officer_reviews_the_use_and_sees_every_read(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var (child, nhs) = await ChildWithNhsNumberAsync(app, p.Teacher);
        var id = await BreakGlassAsync(app, p.Clinician, nhs, child.Id);

        using var officer = app.CreateBrowser();
        await officer.SignInAsync(p.SchoolPrivacyOfficer);
        var list = await officer.OpenAsync("/privacy/emergency-reviews");
        Assert.Contains("Cal Clinician, Testshire Hospitals NHS Trust", list.Single($"a[href='/privacy/emergency-reviews/{id}']").TextContent);

        var url = $"/privacy/emergency-reviews/{id}";
        var detail = await officer.OpenAsync(url);
        Assert.Contains(Why, detail.Text);
        Assert.Contains("The child needs urgent medical treatment", detail.Text);
        Assert.Contains("The child's record", detail.Single("table").TextContent);
        Assert.DoesNotContain(child.FamilyName, detail.Text, StringComparison.Ordinal);
        Expect.Errors(await officer.SubmitAsync(detail, null), "#Outcome");
        Expect.Errors(await officer.FillInAsync(url, null, ("Outcome", "2"), ("Note", " ")), "#Note");

        Expect.RedirectTo("/privacy/emergency-reviews", await officer.FillInAsync(url, null, ("Outcome", "1"), ("Note", "A&E admission.")));
        var reviewed = await officer.OpenAsync("/privacy/emergency-reviews?show=reviewed");
        Assert.NotNull(reviewed.Document.QuerySelector($"a[href='{url}']"));
        var done = await officer.OpenAsync(url);
        Assert.Throws<Xunit.Sdk.XunitException>(() => done.Form());
        Assert.Contains("Priya Privacy", done.Text);

        await using var db = app.CreateDbContext();
        var saved = await db.EmergencyAccesses.SingleAsync(e => e.Id == id);
        Assert.Equal(EmergencyReview.Appropriate, saved.ReviewOutcome);
        Assert.Equal("A&E admission.", saved.ReviewNote);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Read && e.SubjectId == id && e.ActorId == p.SchoolPrivacyOfficer.Id && e.ChildRecordId == child.Id));
        Assert.NotNull((await db.InboxItems.SingleAsync(i => i.SubjectId == id && i.RecipientId == p.SchoolPrivacyOfficer.Id)).ReadAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_agencys_privacy_officer_gets_not_found(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var (child, nhs) = await ChildWithNhsNumberAsync(app, p.Teacher);
        var id = await BreakGlassAsync(app, p.Clinician, nhs, child.Id);
        var policeOfficer = await PrivacyOfficerWithTwoFactorAsync(app, p.PoliceId);

        using var browser = app.CreateBrowser();
        await browser.SignInAsync(policeOfficer);
        var list = await browser.OpenAsync("/privacy/emergency-reviews");
        Assert.Null(list.Document.QuerySelector($"a[href='/privacy/emergency-reviews/{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/privacy/emergency-reviews/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/privacy/emergency-reviews/{Guid.NewGuid()}")).Status);

        // A forged review from another agency is refused the same way and changes nothing.
        await Expect.NotFoundAsync(browser, await PostAsync(browser, $"/privacy/emergency-reviews/{id}", ("Outcome", "2"), ("Note", "Not ours to review")));
        await using var db = app.CreateDbContext();
        Assert.Null((await db.EmergencyAccesses.SingleAsync(e => e.Id == id)).ReviewOutcome);

        // Practitioners without the role cannot open the review pages at all.
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync("/privacy/emergency-reviews")).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Expired_emergency_access_is_denied_and_the_denial_is_audited(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var (child, _) = await ChildWithNhsNumberAsync(app, p.Teacher);
        var now = app.Clock.GetUtcNow();
        await using (var db = app.CreateDbContext())
        {
            // Started five hours ago, so it expired an hour ago (the shared clock is not moved).
            db.EmergencyAccesses.Add(new EmergencyAccess
            {
                Id = Guid.CreateVersion7(),
                PractitionerId = p.Clinician.Id,
                PractitionerAgencyId = p.HospitalId,
                ChildRecordId = child.Id,
                OwningAgencyId = p.SchoolId,
                Reason = EmergencyReason.ImmediateRiskOfHarm,
                ReasonText = Why,
                StartedAt = now.AddHours(-5),
                ExpiresAt = now.AddHours(-1),
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var clinician = app.CreateBrowser();
        await clinician.SignInAsync(p.Clinician);
        await Expect.NotFoundAsync(clinician, await clinician.GetAsync($"/children/{child.Id}"));
        var active = await clinician.OpenAsync("/emergency/active");
        Assert.Null(active.Document.QuerySelector($"a[href='/children/{child.Id}']"));

        await using var check = app.CreateDbContext();
        var denial = await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.Denied && e.ChildRecordId == child.Id && e.ActorId == p.Clinician.Id);
        Assert.Contains("no relationship", denial.Detail, StringComparison.Ordinal);
        Assert.False(await check.AuditEntries.AnyAsync(e => e.Action == AuditAction.Read && e.ChildRecordId == child.Id && e.ActorId == p.Clinician.Id));
    }

    /// <summary>POSTs fields to a handler the page does not offer, with a valid antiforgery token (as a forger with a session would).</summary>
    private static async Task<HtmlPage> PostAsync(Browser browser, string url, params (string Name, string Value)[] fields)
    {
        var tokenPage = await browser.OpenAsync("/account/sign-out");
        var values = HtmlPage.Values(tokenPage.Form()).Where(v => v.Key == "__RequestVerificationToken").ToList();
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(values);
        var address = new Uri(browser.Client.BaseAddress!, url);
        return await HtmlPage.ParseAsync(address, await browser.Client.PostAsync(address, content));
    }

    /// <summary>A school record with a fresh, valid NHS number, whose case holder is <paramref name="caseHolder"/>.</summary>
    private static async Task<(ChildRecord Child, string Nhs)> ChildWithNhsNumberAsync(TesseraApp app, Practitioner caseHolder)
    {
        string nhs;
        do
        {
            var nine = string.Concat(Enumerable.Range(0, 9).Select(i => (i == 0 ? Random.Shared.Next(1, 10) : Random.Shared.Next(10)).ToString(CultureInfo.InvariantCulture)));
            nhs = NhsNumber.CheckDigit(nine) is { } check ? nine + check.ToString(CultureInfo.InvariantCulture) : "";
        }
        while (nhs.Length != 10);

        await using var db = app.CreateDbContext();
        var process = ProcessContext.Start(ProcessType.ChildRecordCreated, Actor.ForPractitioner(caseHolder.Id, caseHolder.AgencyId), app.Clock);
        var outcome = await new ChildRecordService(db).CreateAsync(new ChildRecordInput
        {
            GivenName = "Kit",
            FamilyName = Seed.Unique("Emergent"),
            DateOfBirth = new DateOnly(2014, 2, 3),
            Sex = Sex.NotKnown,
            NhsNumber = nhs,
        }, process);
        Assert.True(outcome.Succeeded);
        await db.ChildRecords.Where(c => c.Id == outcome.Value!.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CaseHolderId, caseHolder.Id));
        return (outcome.Value!, nhs);
    }

    /// <summary>Breaks glass through the pages, opens the record once, and returns the emergency access id.</summary>
    private static async Task<Guid> BreakGlassAsync(TesseraApp app, Practitioner who, string nhs, Guid childId)
    {
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(who);
        var confirm = await browser.FillInAsync("/emergency", null, ("NhsNumber", nhs), ("Reason", "2"), ("ReasonText", Why));
        Expect.RedirectTo($"/children/{childId}", await browser.SubmitAsync(confirm, "Start"));
        await browser.OpenAsync($"/children/{childId}");
        await using var db = app.CreateDbContext();
        return await db.EmergencyAccesses.Where(e => e.ChildRecordId == childId).Select(e => e.Id).SingleAsync();
    }

    private static async Task<Practitioner> PrivacyOfficerWithTwoFactorAsync(TesseraApp app, Guid agencyId)
    {
        var officer = await app.PractitionerAsync(agencyId, PractitionerRoles.PrivacyOfficer);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Practitioner>>();
        var stored = await users.FindByIdAsync(officer.Id.ToString());
        Assert.True((await users.SetAuthenticationTokenAsync(stored!, "[AspNetUserStore]", "AuthenticatorKey", TestPartnership.AuthenticatorKey)).Succeeded);
        Assert.True((await users.SetTwoFactorEnabledAsync(stored!, true)).Succeeded);
        return officer;
    }
}
