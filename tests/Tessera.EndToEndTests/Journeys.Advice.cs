using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>Seek advice: ask without naming the child, the DSL answers, the practitioner sees it and resumes.</summary>
public sealed partial class Journeys
{
    [Fact]
    public async Task A_practitioner_seeks_advice_and_resumes_with_the_answer()
    {
        // The sharing journey passes its own page as the way back; the child's record stands in for it here.
        var resumeAt = $"/children/{app.Partnership.SchoolChild.Id}";
        var question = $"Can I share this without consent? ({Guid.NewGuid():N})";
        await using (var teacher = await app.NewSessionAsync())
        {
            await teacher.SignInAsync(app.Partnership.Teacher.Email!);
            await teacher.ExpectHomeAsync();
            await teacher.GotoAsync($"/sharing/advice/ask?returnUrl={Uri.EscapeDataString(resumeAt)}");
            var page = teacher.Page;
            await page.GetByLabel("Your designated safeguarding lead (DSL)").CheckAsync();
            await page.GetByLabel("Your question").FillAsync(question);
            await page.GetByLabel("Summary of the situation").FillAsync("Mia Testperson in year 3 says an adult at home hits her.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

            // Named the child: warned, and asked to confirm or change it.
            await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("It looks like it contains a name");
            await teacher.CheckPageAsync();
            await teacher.ScreenshotAsync("advice-ask-warning");
            await page.GetByLabel("Summary of the situation").FillAsync("A pupil in year 3 says an adult at home hits them. Mum asked us not to tell anyone.");
            await teacher.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send request" }), AdvicePath());
            await Expect(SuccessBanner(page)).ToContainTextAsync("Your request has been sent to your designated safeguarding lead");
            teacher.AssertEveryPageChecked();
        }

        await using (var dsl = await app.NewSessionAsync())
        {
            await dsl.SignInAsync(app.Partnership.SchoolDsl.Email!, withSecurityCode: true);
            await dsl.ExpectHomeAsync();
            await dsl.GotoAsync("/inbox");
            var alert = dsl.Page.GetByRole(AriaRole.Link, new() { Name = "A practitioner has asked for advice about sharing information" }).First;
            await dsl.ClickToPageAsync(alert, AdvicePath());
            await Expect(dsl.Page.GetByRole(AriaRole.Main)).ToContainTextAsync(question);
            await dsl.Page.GetByLabel("Your advice").FillAsync("Share with children's social care today. The child is at risk, so you do not need consent.");
            await dsl.ScreenshotAsync("advice-answer");
            await dsl.ClickToPageAsync(dsl.Page.GetByRole(AriaRole.Button, new() { Name = "Send advice" }), PathIs("/sharing/advice"));
            await Expect(SuccessBanner(dsl.Page)).ToContainTextAsync("Your advice has been sent");
            dsl.AssertEveryPageChecked();
        }

        await using var back = await app.NewSessionAsync();
        await back.SignInAsync(app.Partnership.Teacher.Email!);
        await back.ExpectHomeAsync();
        await back.GotoAsync("/inbox");
        await back.ClickToPageAsync(back.Page.GetByRole(AriaRole.Link, new() { Name = "Your request for advice about sharing has been answered" }).First, AdvicePath());
        await Expect(back.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("you do not need consent");
        await back.ScreenshotAsync("advice-answered");
        await back.ClickToPageAsync(back.Page.GetByRole(AriaRole.Button, new() { Name = "Resume your sharing decision" }), PathIs(resumeAt));
        back.AssertEveryPageChecked();
    }

    [GeneratedRegex("/sharing/advice/[0-9a-f-]{36}$")]
    private static partial Regex AdvicePath();
}
