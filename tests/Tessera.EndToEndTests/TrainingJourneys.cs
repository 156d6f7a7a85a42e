using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>Record training, see compliance, export the dashboard; every page checked with axe-core.</summary>
public sealed class TrainingJourneys(TesseraApp app)
{
    [Fact]
    public async Task A_practitioner_records_training_an_administrator_sees_compliance_and_a_strategic_lead_exports_the_dashboard()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        await using (var teacher = await app.NewSessionAsync())
        {
            var page = teacher.Page;
            await teacher.SignInAsync(app.Partnership.Teacher.Email!);
            await teacher.ExpectHomeAsync();
            await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Training", Exact = true }), PathIs("/training"));
            await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Record training you have completed" }), PathIs("/training/record"));

            // A mistake first: the error summary is shown and the page stays accessible.
            await page.GetByRole(AriaRole.Button, new() { Name = "Record training" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await teacher.CheckPageAsync();

            await page.GetByLabel("Information sharing essentials").CheckAsync();
            await page.GetByLabel("Day").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Evidence").FillAsync("Certificate ISP-E2E-1");
            await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record training" }), PathIs("/training"));
            await Expect(page.GetByText("Training recorded")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Information sharing essentials" }).First).ToContainTextAsync("Up to date");
            await teacher.ScreenshotAsync("training");

            await teacher.GotoAsync("/training/courses");
            await teacher.GotoAsync("/training/events");
            teacher.AssertEveryPageChecked();
        }

        await using (var admin = await app.NewSessionAsync())
        {
            await admin.SignInAsync(app.Partnership.Administrator.Email!);
            await admin.ExpectHomeAsync();
            await admin.GotoAsync($"/training/agency?agencyId={app.Partnership.SchoolId}");
            await Expect(admin.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = app.Partnership.Teacher.DisplayName }).First).ToContainTextAsync("Up to date");
            await admin.GotoAsync("/training/import");
            await admin.GotoAsync("/training/events/new");
            await admin.GotoAsync("/training/courses/new");
            admin.AssertEveryPageChecked();
        }

        await using var lead = await app.NewSessionAsync();
        var leadPage = lead.Page;
        await lead.SignInAsync(app.Partnership.StrategicLead.Email!);
        await lead.ExpectHomeAsync();
        await lead.ClickToPageAsync(leadPage.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }), new Regex("/reporting/training$"));
        await leadPage.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Larch Lane Primary School" });
        await lead.ClickToPageAsync(leadPage.GetByRole(AriaRole.Button, new() { Name = "Show figures" }), new Regex("/reporting/training\\?"));
        await Expect(leadPage.GetByRole(AriaRole.Img, new() { Name = "Every practitioner: training up to date by agency" })).ToBeVisibleAsync();
        await lead.ScreenshotAsync("training-compliance");

        var csv = await leadPage.RunAndWaitForDownloadAsync(() => leadPage.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        Assert.Matches(@"^training-compliance-\d{4}-\d{2}-\d{2}\.csv$", csv.SuggestedFilename);
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await csv.PathAsync(), TestContext.Current.CancellationToken));
        Assert.StartsWith("\uFEFFPriority group and agency,Up to date,Overdue,People in the group,Percentage up to date", text, StringComparison.Ordinal);
        Assert.Contains("Every practitioner: Larch Lane Primary School,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Testshire Police", text, StringComparison.Ordinal);

        var xlsx = await leadPage.RunAndWaitForDownloadAsync(() => leadPage.GetByRole(AriaRole.Link, new() { Name = "Excel (XLSX)" }).ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(await xlsx.PathAsync(), TestContext.Current.CancellationToken))[..2]);

        // The partnership report prints to PDF with only the report on the page.
        await lead.ClickToPageAsync(leadPage.GetByRole(AriaRole.Link, new() { Name = "See the printable partnership report" }), PathIs("/reporting/partnership-report"));
        await leadPage.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(leadPage.Locator(".govuk-header")).ToBeHiddenAsync();
        await Expect(leadPage.GetByRole(AriaRole.Heading, new() { Name = "Training and professional capability" })).ToBeVisibleAsync();
        await lead.CheckPageAsync();
        var pdf = await leadPage.PdfAsync(new() { Format = "A4" });
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        lead.AssertEveryPageChecked();
    }

    private static Regex PathIs(string path) => new("^https?://[^/]+" + Regex.Escape(path) + "$");
}
