using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

public sealed partial class Journeys
{
    [Fact]
    public async Task Clinician_breaks_glass_and_the_schools_privacy_officer_reviews_it()
    {
        var child = app.Partnership.SchoolChild;
        await using (var clinician = await app.NewSessionAsync())
        {
            await clinician.SignInAsync(app.Partnership.Clinician.Email!);
            await clinician.ExpectHomeAsync();
            var page = clinician.Page;

            await clinician.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Emergency access to a child's record" }), PathIs("/emergency"));
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("a privacy officer reviews each use");
            await page.GetByLabel("NHS number").FillAsync("943 476 5919");
            await page.GetByLabel("The child needs urgent medical treatment").CheckAsync();
            await page.GetByLabel("Explain why you need to see the record now").FillAsync("Brought into A&E unconscious. We need to know of any safeguarding plan before treating.");
            await clinician.ScreenshotAsync("emergency-access-start");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            // The identifiers went in the form's body: the address is still just /emergency.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Start emergency access?", Level = 1 })).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(PathIs("/emergency"));
            await Expect(page.Locator("#matching-agencies li")).ToHaveTextAsync(["Larch Lane Primary School"]);
            await clinician.CheckPageAsync();
            await clinician.ScreenshotAsync("emergency-access-confirm");

            await clinician.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start emergency access" }), PathIs($"/children/{child.Id}"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mia Testperson", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator(".tessera-why-panel")).ToContainTextAsync("You are using emergency access until");
            await Expect(page.Locator(".tessera-why-panel")).ToContainTextAsync("reviewed by a privacy officer");
            await clinician.ScreenshotAsync("emergency-access-child-record");
            clinician.AssertEveryPageChecked();
        }

        await using var officer = await app.NewSessionAsync();
        await officer.SignInAsync(app.Partnership.SchoolPrivacyOfficer.Email!, withSecurityCode: true);
        await officer.ExpectHomeAsync();
        var op = officer.Page;

        await officer.ClickToPageAsync(Menu(op, "Inbox"), PathIs("/inbox"));
        var alert = op.GetByRole(AriaRole.Link, new() { Name = "Emergency access to a child's record was used by a practitioner at Testshire Hospitals NHS Trust. Review it." }).First;
        await Expect(op.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Mia");
        await officer.ClickToPageAsync(alert, new Regex("/privacy/emergency-reviews/[0-9a-f-]{36}$"));
        await Expect(op.GetByRole(AriaRole.Heading, new() { Name = "Review a use of emergency access", Level = 1 })).ToBeVisibleAsync();
        var summary = op.Locator(".govuk-summary-list").First;
        await Expect(summary).ToContainTextAsync("Cal Clinician, Testshire Hospitals NHS Trust");
        await Expect(summary).ToContainTextAsync("The child needs urgent medical treatment");
        await Expect(summary).ToContainTextAsync("Brought into A&E unconscious.");
        await Expect(op.Locator("main table")).ToContainTextAsync("The child's record");
        await officer.ScreenshotAsync("emergency-access-review");

        await op.GetByLabel("Appropriate", new() { Exact = true }).CheckAsync();
        await op.GetByLabel("Note").FillAsync("Emergency admission confirmed with the ward.");
        await officer.ClickToPageAsync(op.GetByRole(AriaRole.Button, new() { Name = "Save review" }), PathIs("/privacy/emergency-reviews"));
        await Expect(SuccessBanner(op)).ToContainTextAsync("Review saved: appropriate.");

        await officer.ClickToPageAsync(op.GetByRole(AriaRole.Link, new() { Name = "Reviewed", Exact = true }), PathIs("/privacy/emergency-reviews?show=reviewed"));
        await Expect(op.Locator("main table")).ToContainTextAsync("Appropriate");
        await officer.ScreenshotAsync("emergency-access-reviewed");
        officer.AssertEveryPageChecked();
    }
}
