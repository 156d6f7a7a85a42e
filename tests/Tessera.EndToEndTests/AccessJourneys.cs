using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>Need to know: the "Why can I see this?" panel, assignments and shielding, in a real browser with axe on every page.</summary>
public sealed partial class Journeys
{
    [Fact]
    public async Task An_assigned_practitioner_sees_why_they_can_see_the_child_until_the_assignment_ends()
    {
        var child = $"/children/{app.Partnership.NurtureChild.Id}";
        await using var dsl = await app.NewSessionAsync();
        await dsl.SignInAsync(app.Partnership.SchoolDsl.Email!, withSecurityCode: true);
        await dsl.ExpectHomeAsync();
        await dsl.GotoAsync(child);
        await Expect(dsl.Page.Locator(".tessera-why-panel")).ToContainTextAsync("Larch Lane Primary School, holds this record");

        await dsl.ClickToPageAsync(dsl.Page.GetByRole(AriaRole.Link, new() { Name = "Assign a practitioner" }), PathIs($"{child}/assignments"));
        await dsl.Page.GetByLabel("Who needs to work with this child?").SelectOptionAsync(new SelectOptionValue { Label = "Ada Teacher" });
        await dsl.Page.GetByLabel("Why?").FillAsync("Covering the nurture group lead while she is on leave.");
        await dsl.ClickToPageAsync(dsl.Page.GetByRole(AriaRole.Button, new() { Name = "Assign" }), PathIs(child));
        await Expect(SuccessBanner(dsl.Page)).ToContainTextAsync("Practitioner assigned");
        await Expect(dsl.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Ada Teacher, Larch Lane Primary School: Covering the nurture group lead");

        await using (var teacher = await app.NewSessionAsync())
        {
            await teacher.SignInAsync(app.Partnership.Teacher.Email!);
            await teacher.ExpectHomeAsync();
            await teacher.GotoAsync(child);
            var panel = teacher.Page.Locator(".tessera-why-panel");
            await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Why can I see this?" })).ToBeVisibleAsync();
            await Expect(panel).ToContainTextAsync("assigned you to this child");
            await teacher.ScreenshotAsync("why-can-i-see-this");
            teacher.AssertEveryPageChecked();
        }

        // Ended early: the practitioner no longer finds the record.
        await dsl.GotoAsync($"{child}/assignments");
        await dsl.ClickToPageAsync(dsl.Page.GetByRole(AriaRole.Button, new() { Name = "End assignment for Ada Teacher" }), PathIs($"{child}/assignments"));
        await Expect(SuccessBanner(dsl.Page)).ToContainTextAsync("Assignment ended");
        await Expect(dsl.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Nobody is assigned.");
        dsl.AssertEveryPageChecked();

        await using var after = await app.NewSessionAsync();
        await after.SignInAsync(app.Partnership.Teacher.Email!);
        await after.ExpectHomeAsync();
        var response = await after.Page.GotoAsync(child);
        Assert.Equal(404, response!.Status);
        await after.CheckPageAsync();
        after.AssertEveryPageChecked();
    }

    [Fact]
    public async Task The_DSL_shields_an_address_and_the_teacher_sees_it_withheld()
    {
        const string address = "Flat 3, Sanctuary House, 12 Hidden Lane";
        await using var dsl = await app.NewSessionAsync();
        await dsl.SignInAsync(app.Partnership.SchoolDsl.Email!, withSecurityCode: true);
        await dsl.ExpectHomeAsync();
        await dsl.GotoAsync("/children/new");
        var page = dsl.Page;
        await page.GetByLabel("First name", new() { Exact = true }).FillAsync("Skye");
        await page.GetByLabel("Last name", new() { Exact = true }).FillAsync("Refugeson");
        await page.Locator("#DateOfBirth-day").FillAsync("9");
        await page.Locator("#DateOfBirth-month").FillAsync("2");
        await page.Locator("#DateOfBirth-year").FillAsync("2016");
        await page.GetByLabel("Female", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Address", new() { Exact = true }).FillAsync(address);
        await page.GetByLabel("Postcode").FillAsync("TS7 7QQ");
        await dsl.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save child" }), ChildRecordPath());
        var child = new Uri(page.Url).AbsolutePath;

        await dsl.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Shield information on this record" }), PathIs($"{child}/shield"));
        await page.GetByLabel("The child's address").CheckAsync();
        await page.GetByLabel("Why does it need shielding?").FillAsync("The family has fled domestic abuse and is in a refuge.");
        await dsl.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Shield it" }), PathIs(child));
        await Expect(SuccessBanner(page)).ToContainTextAsync("Address shielded");
        var addressRow = page.Locator(".govuk-summary-list__row").Filter(new() { HasText = "Address" }).Locator(".govuk-summary-list__value");
        await Expect(addressRow).ToContainTextAsync(address);
        await Expect(addressRow.Locator(".tessera-shielded")).ToHaveTextAsync("Shielded");
        await dsl.ScreenshotAsync("shielded-address-dsl");

        await using (var teacher = await app.NewSessionAsync())
        {
            await teacher.SignInAsync(app.Partnership.Teacher.Email!);
            await teacher.ExpectHomeAsync();
            await teacher.GotoAsync(child);
            var withheld = teacher.Page.Locator(".govuk-summary-list__row").Filter(new() { HasText = "Address" }).Locator(".govuk-summary-list__value");
            await Expect(withheld).ToHaveTextAsync("Withheld — shielded by Larch Lane Primary School");
            Assert.DoesNotContain("Sanctuary House", await teacher.Page.ContentAsync(), StringComparison.Ordinal);
            await teacher.ScreenshotAsync("shielded-address-teacher");
            teacher.AssertEveryPageChecked();
        }

        // The DSL sees who has looked, confirms it is them, and lifts the shield with a reason.
        await dsl.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Who has viewed this record" }), PathIs($"{child}/views"));
        await Expect(page.Locator("tbody")).ToContainTextAsync("Ada Teacher");
        await dsl.GotoAsync($"/account/confirm?returnUrl={Uri.EscapeDataString(child + "/shield")}");
        await page.GetByLabel("Password").FillAsync(Tessera.TestSupport.TestPartnership.Password);
        await page.GetByLabel("Security code from your authenticator app").FillAsync(BrowserSession.SecurityCode(Tessera.TestSupport.TestPartnership.AuthenticatorKey));
        await dsl.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }), PathIs($"{child}/shield"));
        await dsl.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Unshield" }), new Regex("/shields/[0-9a-f-]{36}/unshield$"));
        await page.GetByLabel("Why does it no longer need shielding?").FillAsync("The family has been rehoused and the risk has passed.");
        await dsl.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Unshield" }), PathIs($"{child}/shield"));
        await Expect(SuccessBanner(page)).ToContainTextAsync("Address unshielded");
        dsl.AssertEveryPageChecked();
    }
}
