using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>Sharing information: the safeguarding case in eight pages, the reply the sharer sees, and deciding not to share.</summary>
public sealed partial class Journeys
{
    [Fact]
    public async Task Teacher_shares_a_concern_with_the_police_in_eight_pages_and_sees_the_outcome()
    {
        await using var teacher = await app.NewSessionAsync();
        await teacher.SignInAsync(app.Partnership.Teacher.Email!);
        await teacher.ExpectHomeAsync();
        var concernId = await RecordConcernAsync(teacher, "Physical abuse", "Level 4: specialist or statutory", "Mia had finger-shaped bruises on her upper arm.");
        var page = teacher.Page;
        var pages = 0;

        async Task Next(string button = "Continue")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
            await teacher.CheckPageAsync();
            pages++;
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Share information" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sharing/[0-9a-f-]{36}/purpose$"));
        await teacher.CheckPageAsync();
        await page.GetByLabel("Safeguarding: a child may be at risk of harm").CheckAsync();
        await Next();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You must share this", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You do not need consent where a child is at risk.");
        await page.GetByLabel("No, I did not ask").CheckAsync();
        await page.GetByLabel("Asking would increase the risk to the child").CheckAsync();
        await Next();
        await page.GetByLabel("A named practitioner").CheckAsync();
        await page.GetByLabel("Named practitioner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Pat Officer, Testshire Police" });
        await Next();
        await page.GetByLabel("Summary of the facts").FillAsync("Finger-shaped bruises seen on Mia's upper arm at 9am.");
        await page.GetByLabel("I have checked that what I share does not identify anyone").CheckAsync();
        await Next();
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Next();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Tessera suggests");
        await Next("Confirm and continue");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before sharing" })).ToBeVisibleAsync();
        await Next("Share information");
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Information shared");
        var sentUrl = new Uri(page.Url).AbsolutePath;

        // Share (purpose) to Sent, counting both: purpose, consent, recipient, what to share, family, lawful basis, check, sent.
        Assert.True(pages + 1 <= 8, $"The safeguarding case took {pages + 1} pages from 'Share' to 'Sent'.");

        await using (var officer = await app.NewSessionAsync())
        {
            await officer.SignInAsync(app.Partnership.PoliceOfficer.Email!);
            await officer.ExpectHomeAsync();
            await officer.GotoAsync("/sharing/received");
            await officer.ClickToPageAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "Mia Testperson" }).First, new System.Text.RegularExpressions.Regex("/sharing/received/"));
            await Expect(officer.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Finger-shaped bruises seen on Mia's upper arm at 9am.");
            await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge receipt" }).ClickAsync();
            await officer.CheckPageAsync();
            await officer.Page.GetByLabel("Assessment started").CheckAsync();
            await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
            await Expect(officer.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Reply sent");
            await officer.CheckPageAsync();
            officer.AssertEveryPageChecked();
        }

        await teacher.GotoAsync(sentUrl);
        await Expect(page.Locator("#acknowledgement")).ToContainTextAsync("Acknowledged");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Assessment started");
        await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Printable decision record" }), new System.Text.RegularExpressions.Regex("/record$"));

        // Deciding not to share is recorded too.
        await teacher.GotoAsync($"/concerns/{concernId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Share information" }).ClickAsync();
        await teacher.CheckPageAsync();
        await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "I have decided not to share" }), new System.Text.RegularExpressions.Regex("/not-shared$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select why you decided not to share");
        await teacher.CheckPageAsync();
        await page.GetByLabel("Waiting for advice").CheckAsync();
        await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }), new System.Text.RegularExpressions.Regex("/sharing/decisions/"));
        await Expect(page.Locator("#reason")).ToContainTextAsync("Waiting for advice");
        teacher.AssertEveryPageChecked();
    }
}
