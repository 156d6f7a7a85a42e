using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>
/// Under the strict content security policy (script only from Tessera itself or with the response's nonce), GOV.UK
/// Frontend still starts, the browser reports no blocked script, and a search leaves no child's name in the address.
/// </summary>
public sealed class ContentSecurityPolicyJourney(TesseraApp app)
{
    [Fact]
    public async Task GOV_UK_Frontend_starts_under_the_policy_and_searches_stay_out_of_the_address()
    {
        await using var session = await app.NewSessionAsync();
        var problems = new List<string>();
        session.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        session.Page.PageError += (_, error) => problems.Add(error);

        await session.SignInAsync(app.Partnership.Teacher.Email!);
        await session.ExpectHomeAsync();
        await session.GotoAsync("/children");
        await Expect(session.Page.Locator("body.govuk-frontend-supported")).ToHaveCountAsync(1);
        await Expect(session.Page.Locator("[data-module='govuk-exit-this-page'][data-govuk-exit-this-page-init]")).ToHaveCountAsync(1);

        await session.Page.GetByLabel("Find a child your agency holds").FillAsync("Mia Testperson");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(session.Page.Locator("#results-heading")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        Assert.Equal("/children", new Uri(session.Page.Url).PathAndQuery);

        Assert.True(problems.Count == 0, "The browser reported errors: " + string.Join(" | ", problems));
        session.AssertEveryPageChecked();
    }
}
