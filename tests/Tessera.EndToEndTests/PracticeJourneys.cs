using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>The good-practice library, the guidance and barrier reporting (issue 6); every page checked with axe-core.</summary>
public sealed class PracticeJourneys(TesseraApp app)
{
    [Fact]
    public async Task A_practitioner_shares_an_example_an_administrator_publishes_it_and_it_is_found()
    {
        var p = app.Partnership;
        var title = $"Shared handover notes {Guid.NewGuid().ToString("N")[..6]}";
        await using (var teacher = await app.NewSessionAsync())
        {
            var page = teacher.Page;
            await teacher.SignInAsync(p.Teacher.Email!);
            await teacher.ExpectHomeAsync();
            await teacher.GotoAsync("/practice/new");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send for checking" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await teacher.CheckPageAsync();
            await page.GetByLabel("Title").FillAsync(title);
            await page.GetByLabel("Summary").FillAsync("Out-of-hours social workers left a handover note for the school.");
            await page.GetByLabel("What worked").FillAsync("A short template and a secure mailbox.");
            await page.GetByLabel("Professional capability").CheckAsync();
            await page.GetByLabel("Topic tags (optional)").FillAsync("handover, out of hours");
            await page.GetByLabel("School", new() { Exact = true }).CheckAsync();
            await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send for checking" }), new Regex("/practice/[0-9a-f-]{36}$"));
            await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Example sent");
            teacher.AssertEveryPageChecked();
        }

        await using (var admin = await app.NewSessionAsync())
        {
            var page = admin.Page;
            await admin.SignInAsync(p.Administrator.Email!);
            await admin.ExpectHomeAsync();
            await admin.GotoAsync("/practice/moderation");
            await admin.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = title }), new Regex("/practice/moderation/[0-9a-f-]{36}$"));
            await admin.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }), new Regex("/practice/moderation$"));
            await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Example published");
            admin.AssertEveryPageChecked();
        }

        await using var police = await app.NewSessionAsync();
        await police.SignInAsync(p.PoliceOfficer.Email!);
        await police.ExpectHomeAsync();
        await police.ClickToPageAsync(police.Page.GetByRole(AriaRole.Link, new() { Name = "Good practice", Exact = true }), new Regex("/practice$"));
        await police.Page.GetByLabel("Search the library").FillAsync("\"handover* NEAR notes");
        await police.ClickToPageAsync(police.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }), new Regex("/practice\\?"));
        await police.ClickToPageAsync(police.Page.GetByRole(AriaRole.Link, new() { Name = title }), new Regex("/practice/[0-9a-f-]{36}$"));
        await police.ClickToPageAsync(police.Page.GetByRole(AriaRole.Button, new() { Name = "This was helpful" }), new Regex("/practice/[0-9a-f-]{36}$"));
        await Expect(police.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("You marked this example as helpful");
        police.AssertEveryPageChecked();
    }

    [Fact]
    public async Task An_administrator_publishes_guidance_and_a_practitioner_acknowledges_it()
    {
        var p = app.Partnership;
        var key = "consent-" + Guid.NewGuid().ToString("N")[..6];
        await using var admin = await app.NewSessionAsync();
        await admin.SignInAsync(p.Administrator.Email!);
        await admin.ExpectHomeAsync();
        await admin.GotoAsync($"/guidance/manage/edit?key={key}");
        await admin.Page.GetByLabel("Title").FillAsync("Consent");
        await admin.Page.GetByLabel("Guidance text").FillAsync("You do **not** need consent when a child is at risk.<script>document.title='owned'</script>");
        await admin.Page.GetByLabel("What changed").FillAsync("Consent section added");
        await admin.ClickToPageAsync(admin.Page.GetByRole(AriaRole.Button, new() { Name = "Publish a new version" }), new Regex("/guidance/manage$"));
        await Expect(admin.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("published");

        await using (var teacher = await app.NewSessionAsync())
        {
            var page = teacher.Page;
            await teacher.SignInAsync(p.Teacher.Email!);
            await teacher.ExpectHomeAsync();
            await teacher.GotoAsync("/inbox");
            await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "New information-sharing guidance" }).First, new Regex("/guidance$"));
            await Expect(page.Locator($"#{key}")).ToContainTextAsync("You do not need consent when a child is at risk.");
            Assert.NotEqual("owned", await page.TitleAsync());
            await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "I have read this guidance" }), new Regex("/guidance$"));
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You have confirmed you have read version");
            await teacher.GotoAsync("/guidance/history");
            teacher.AssertEveryPageChecked();
        }

        await admin.GotoAsync("/guidance/manage");
        await Expect(admin.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Ada Teacher");
        admin.AssertEveryPageChecked();
    }

    [Fact]
    public async Task A_practitioner_reports_a_barrier_and_sees_the_leads_response()
    {
        var p = app.Partnership;
        string report;
        await using (var officer = await app.NewSessionAsync())
        {
            var page = officer.Page;
            await officer.SignInAsync(p.PoliceOfficer.Email!);
            await officer.ExpectHomeAsync();
            await officer.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Barriers", Exact = true }), new Regex("/barriers$"));
            await officer.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Report a barrier" }), new Regex("/barriers/new$"));
            await page.GetByLabel("Could not find the right contact").CheckAsync();
            await page.GetByLabel("What happened?").FillAsync("Nobody at the hospital could tell me who the named nurse was.");
            await page.GetByLabel("Hospital trust").CheckAsync();
            await officer.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send report" }), new Regex("/barriers/[0-9a-f-]{36}$"));
            report = new Uri(page.Url).AbsolutePath;
            officer.AssertEveryPageChecked();
        }

        await using (var lead = await app.NewSessionAsync())
        {
            var page = lead.Page;
            await lead.SignInAsync(p.StrategicLead.Email!);
            await lead.ExpectHomeAsync();
            await lead.GotoAsync("/barriers/triage");
            await lead.GotoAsync(report);
            await page.GetByLabel("Respond to the practitioner").CheckAsync();
            await page.GetByLabel("Your response").FillAsync("The hospital safeguarding team is now on the local contacts page.");
            await lead.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save" }), new Regex("/barriers/triage$"));
            lead.AssertEveryPageChecked();
        }

        await using var again = await app.NewSessionAsync();
        await again.SignInAsync(p.PoliceOfficer.Email!);
        await again.ExpectHomeAsync();
        await again.GotoAsync("/inbox");
        await again.ClickToPageAsync(again.Page.GetByRole(AriaRole.Link, new() { Name = "The partnership has responded to a barrier you reported" }), new Regex(Regex.Escape(report) + "$"));
        await Expect(again.Page.Locator("#response")).ToHaveTextAsync("The hospital safeguarding team is now on the local contacts page.");
        again.AssertEveryPageChecked();
    }
}
