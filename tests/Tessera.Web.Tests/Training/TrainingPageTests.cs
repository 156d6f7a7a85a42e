using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Training;

public sealed class TrainingPageTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_practitioner_records_their_own_training_and_bad_input_keeps_what_was_typed(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var agency = await app.AgencyAsync();
        var me = await app.PersonAsync(agency.Id, daysAgo: 40);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(me);

        var before = await browser.OpenAsync("/training");
        var row = before.Document.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("Information sharing essentials", StringComparison.Ordinal));
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not yet", row.TextContent, StringComparison.Ordinal);

        var tomorrow = app.Today().AddDays(1);
        var bad = await browser.FillInAsync("/training/record", null,
            ("CourseId", TrainingDefaults.EssentialsId.ToString()),
            ("CompletedOn.Day", tomorrow.Day.ToString()), ("CompletedOn.Month", tomorrow.Month.ToString()), ("CompletedOn.Year", tomorrow.Year.ToString()),
            ("Evidence", "Certificate ISP-2231"));
        Expect.Errors(bad, "#CompletedOn-day");
        Assert.Contains("must be today or in the past", bad.Text, StringComparison.Ordinal);
        Assert.Equal("Certificate ISP-2231", bad.Single("#Evidence").TextContent.Trim());
        Assert.NotNull(bad.Document.QuerySelector($"input[name=CourseId][value='{TrainingDefaults.EssentialsId}'][checked]"));

        Expect.Errors(await browser.SubmitAsync(bad, null, ("Evidence", ""), ("CompletedOn.Day", "")), "#Evidence", "#CompletedOn-day");

        var today = app.Today();
        Expect.RedirectTo("/training", await browser.SubmitAsync(bad, null,
            ("CompletedOn.Day", today.Day.ToString()), ("CompletedOn.Month", today.Month.ToString()), ("CompletedOn.Year", today.Year.ToString())));
        var after = await browser.OpenAsync("/training");
        Assert.Contains("Training recorded", after.Text, StringComparison.Ordinal);
        Assert.Contains("Up to date", after.Text, StringComparison.Ordinal);
        Assert.Contains("Certificate ISP-2231", after.Text, StringComparison.Ordinal);

        // The same completion twice is refused.
        var again = await browser.FillInAsync("/training/record", null,
            ("CourseId", TrainingDefaults.EssentialsId.ToString()),
            ("CompletedOn.Day", today.Day.ToString()), ("CompletedOn.Month", today.Month.ToString()), ("CompletedOn.Year", today.Year.ToString()),
            ("Evidence", "Again"));
        Expect.Errors(again, "#CompletedOn-day");

        await using var db = app.CreateDbContext();
        var saved = await db.TrainingCompletions.SingleAsync(c => c.PractitionerId == me.Id);
        Assert.Equal((me.Id, CompletionSource.Recorded, today), (saved.RecordedById!.Value, saved.Source, saved.CompletedOn));
        Assert.Equal("training", (await db.AuditEntries.SingleAsync(e => e.SubjectId == saved.Id)).SubjectType);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_DSL_sees_their_agencys_training_records_it_for_a_colleague_and_cannot_reach_another_agency(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var overdue = await app.PersonAsync(p.SchoolId, daysAgo: 45);
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);

        var page = await dsl.OpenAsync("/training/agency");
        Assert.Contains("Larch Lane Primary School", page.Text, StringComparison.Ordinal);
        var row = page.Document.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains(overdue.DisplayName, StringComparison.Ordinal));
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("table tbody tr"), r => r.TextContent.Contains(p.PoliceOfficer.DisplayName, StringComparison.Ordinal));

        var url = $"/training/record?practitionerId={overdue.Id}";
        var form = await dsl.OpenAsync(url);
        Assert.Contains($"For {overdue.DisplayName}", form.Text, StringComparison.Ordinal);
        var today = app.Today();
        Expect.RedirectTo("/training/agency", await dsl.SubmitAsync(form, null,
            ("CourseId", TrainingDefaults.EssentialsId.ToString()),
            ("CompletedOn.Day", today.Day.ToString()), ("CompletedOn.Month", today.Month.ToString()), ("CompletedOn.Year", today.Year.ToString()),
            ("Evidence", "Seen the certificate")));
        row = (await dsl.OpenAsync("/training/agency")).Document.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains(overdue.DisplayName, StringComparison.Ordinal));
        Assert.Contains("Up to date", row.TextContent, StringComparison.Ordinal);

        await Expect.NotFoundAsync(dsl, await dsl.GetAsync($"/training/record?practitionerId={p.PoliceOfficer.Id}"));

        // A practitioner cannot record someone else's training either.
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        await Expect.NotFoundAsync(teacher, await teacher.GetAsync(url));
        Expect.RedirectTo("/account/access-denied", await teacher.GetAsync("/training/agency"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_import_shows_its_report_with_row_numbers_and_saves_the_valid_rows(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var agency = await app.AgencyAsync();
        var admin = await app.PersonAsync(agency.Id, 5, roles: PractitionerRoles.PartnershipAdministrator);
        var colleague = await app.PersonAsync(agency.Id, 5);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(admin);

        var csv = "email,course_code,completed_on,evidence\n" +
            $"{colleague.Email},isp-essentials,2026-01-10,Cert 1\n" +
            "ghost@example.org,isp-essentials,2026-01-10,Cert 2\n" +
            $"{colleague.Email},isp-essentials,2026-01-10,Cert 1 again\n" +
            $"{colleague.Email},isp-essentials,{app.Today().AddDays(3):yyyy-MM-dd},Cert 3\n";
        var report = await UploadAsync(browser, csv);

        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal("1 completion imported.", report.Single("#imported").TextContent.Trim());
        var problems = report.Document.QuerySelectorAll("#problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(
        [
            ["3", "No practitioner has the email address ghost@example.org"],
            ["4", "Duplicate of row 2"],
            ["5", "The completion date is in the future"],
        ], problems);

        var wrong = await UploadAsync(browser, "who,when\nx,y\n");
        Assert.Equal("0 completions imported.", wrong.Single("#imported").TextContent.Trim());
        Assert.Contains("The columns must be email, course_code, completed_on, evidence", wrong.Single("#problems").TextContent, StringComparison.Ordinal);

        var none = await UploadAsync(browser, null);
        Expect.Errors(none, "#Upload");

        await using var db = app.CreateDbContext();
        Assert.Equal("Cert 1", (await db.TrainingCompletions.SingleAsync(c => c.PractitionerId == colleague.Id)).Evidence);
    }

    private static async Task<HtmlPage> UploadAsync(Browser browser, string? csv)
    {
        var page = await browser.OpenAsync("/training/import");
        var token = page.Single("input[name=__RequestVerificationToken]").GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (csv is not null)
        {
            var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
            content.Add(file, "Upload", "completions.csv");
        }

        var address = new Uri(browser.Client.BaseAddress!, "/training/import");
        return await HtmlPage.ParseAsync(address, await browser.Client.PostAsync(address, content));
    }
}
