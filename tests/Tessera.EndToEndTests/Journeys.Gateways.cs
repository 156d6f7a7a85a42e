using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>The legislative gateway registry: read it, see its history, propose a change and approve it for one partner.</summary>
public sealed partial class Journeys
{
    [Fact]
    public async Task An_administrator_reads_the_registry_and_proposes_a_change_that_waits_for_the_partners()
    {
        await using var admin = await app.NewSessionAsync();
        await admin.SignInAsync(app.Partnership.Administrator.Email!);
        await admin.ExpectHomeAsync();
        await admin.GotoAsync("/sharing/gateways");
        var page = admin.Page;
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Crime and Disorder Act 1998 section 115");
        await admin.ScreenshotAsync("gateways");
        await admin.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "See every version" }), PathIs("/sharing/gateways/history"));
        await admin.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Version 1", Exact = true }), PathIs("/sharing/gateways/versions/1"));

        await admin.GotoAsync("/sharing/gateways/propose?code=CDA1998-S115");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Crime and Disorder Act 1998 section 115");
        await page.GetByLabel("What it allows or requires").FillAsync("A power, not a duty, to disclose information to reduce crime and disorder, including to community safety partnerships.");
        await page.GetByLabel("Why should the registry change?").FillAsync("The partners agreed to spell out community safety partnerships.");
        await admin.ScreenshotAsync("gateway-propose");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose change" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sharing/gateways/proposals/[0-9a-f-]{36}$"));
        await admin.CheckPageAsync();
        await Expect(SuccessBanner(page)).ToContainTextAsync("It takes effect when the local authority, the integrated care board and the police have each approved it");

        // The administrator works for the police, so approves for the police; the other two partners are still to approve.
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve change" }).ClickAsync();
        await Expect(SuccessBanner(page)).ToContainTextAsync("The change takes effect when every partner has approved it");
        await admin.CheckPageAsync();
        await Expect(Approval(page, "Integrated care board")).ToHaveTextAsync("Not yet approved");
        await Expect(Approval(page, "Police")).ToContainTextAsync("Approved by Ash Admin");
        await admin.ScreenshotAsync("gateway-proposal");
        admin.AssertEveryPageChecked();
    }

    private static ILocator Approval(IPage page, string partner) =>
        page.Locator($".govuk-summary-list__row:has(.govuk-summary-list__key:text-is('{partner}')) .govuk-summary-list__value");
}
