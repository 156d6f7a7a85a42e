using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>The journeys practitioners depend on, in a real browser against the real app, each page checked with axe-core.</summary>
public sealed partial class Journeys(TesseraApp app)
{
    [Fact]
    public async Task Teacher_finds_a_child_and_records_a_concern()
    {
        await using var session = await app.NewSessionAsync();
        await session.SignInAsync(app.Partnership.Teacher.Email!, screenshot: "sign-in");
        await session.ExpectHomeAsync();
        await session.ScreenshotAsync("home");

        var twoDaysAgo = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date).AddDays(-2);
        await RecordConcernAsync(session, "Neglect", "Level 2: early help", "Mia came to school hungry for the third day this week.", twoDaysAgo, screenshots: true);
        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task Designated_safeguarding_lead_acts_on_the_alert_and_closes_the_concern()
    {
        Guid concernId;
        await using (var teacher = await app.NewSessionAsync())
        {
            await teacher.SignInAsync(app.Partnership.Teacher.Email!);
            await teacher.ExpectHomeAsync();
            concernId = await RecordConcernAsync(teacher, "Emotional abuse", "Level 3: targeted", "Mia said her older cousin shouts at her every night.");
            teacher.AssertEveryPageChecked();
        }

        await using var dsl = await app.NewSessionAsync();
        await dsl.SignInAsync(app.Partnership.SchoolDsl.Email!, withSecurityCode: true);
        await dsl.ExpectHomeAsync();

        await dsl.ClickToPageAsync(Menu(dsl.Page, "Open concerns"), PathIs("/concerns/open"));
        await Expect(dsl.Page.Locator($"a[href='/concerns/{concernId}']")).ToBeVisibleAsync();
        await dsl.ScreenshotAsync("open-concerns");

        await dsl.ClickToPageAsync(Menu(dsl.Page, "Inbox"), PathIs("/inbox"));
        var alert = dsl.Page.Locator($"a[href='/concerns/{concernId}']");
        await Expect(alert).ToHaveTextAsync("New concern: Emotional abuse, level 3: targeted");
        await dsl.ClickToPageAsync(alert, PathIs($"/concerns/{concernId}"));
        await Expect(dsl.Page.GetByRole(AriaRole.Heading, new() { Name = "Concern: Emotional abuse", Level = 1 })).ToBeVisibleAsync();

        await dsl.Page.GetByLabel("What needs to be done?").FillAsync("Speak to Mia's parent at pick-up today.");
        await dsl.Page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await Expect(SuccessBanner(dsl.Page)).ToContainTextAsync("Action added");
        await Expect(dsl.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Speak to Mia's parent at pick-up today." })).ToBeVisibleAsync();
        await dsl.CheckPageAsync();
        await dsl.ScreenshotAsync("concern-with-actions");

        await dsl.Page.Locator("#Outcome").FillAsync("Early help offered to the family and accepted.");
        await dsl.Page.GetByRole(AriaRole.Button, new() { Name = "Close concern" }).ClickAsync();
        await Expect(SuccessBanner(dsl.Page)).ToContainTextAsync("Concern closed");
        await Expect(dsl.Page.Locator("main .govuk-tag").First).ToHaveTextAsync("Closed");
        await Expect(dsl.Page.Locator(".govuk-summary-list")).ToContainTextAsync("Early help offered to the family and accepted.");
        await Expect(dsl.Page.GetByRole(AriaRole.Button, new() { Name = "Close concern" })).ToHaveCountAsync(0);
        await dsl.CheckPageAsync();
        dsl.AssertEveryPageChecked();
    }

    [Fact]
    public async Task Lead_without_two_factor_is_made_to_set_it_up()
    {
        await using var session = await app.NewSessionAsync();
        await session.SignInAsync(app.Partnership.UnenrolledDsl.Email!);
        await Expect(session.Page).ToHaveURLAsync(PathIs("/account/two-factor/set-up"));
        await session.CheckPageAsync();

        // Every other page sends them back here until two-factor sign-in is on.
        await session.Page.GotoAsync("/children");
        await Expect(session.Page).ToHaveURLAsync(PathIs("/account/two-factor/set-up"));
        await session.CheckPageAsync();

        var key = await session.Page.Locator("#authenticator-key").InnerTextAsync();
        await session.Page.GetByLabel("Security code").FillAsync(BrowserSession.SecurityCode(key));
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await session.ExpectHomeAsync();
        await Expect(session.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("You are signed in as Dee Deputy");
        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task Invalid_nhs_number_shows_a_focused_error_summary_that_leads_to_the_field()
    {
        await using var session = await app.NewSessionAsync();
        await session.SignInAsync(app.Partnership.Teacher.Email!);
        await session.ExpectHomeAsync();
        await session.GotoAsync("/children/new");

        var page = session.Page;
        await page.GetByLabel("First name", new() { Exact = true }).FillAsync("Noah");
        await page.GetByLabel("Last name", new() { Exact = true }).FillAsync("Exampleson");
        await page.Locator("#DateOfBirth-day").FillAsync("4");
        await page.Locator("#DateOfBirth-month").FillAsync("11");
        await page.Locator("#DateOfBirth-year").FillAsync("2017");
        await page.GetByLabel("Male", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("NHS number (if known)").FillAsync("123 456 7890");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save child" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await session.CheckPageAsync();

        var link = summary.GetByRole(AriaRole.Link, new() { Name = "Enter a valid NHS number" });
        await Expect(link).ToHaveAttributeAsync("href", "#NhsNumber");
        await link.ClickAsync();
        await Expect(page.Locator("#NhsNumber")).ToBeFocusedAsync();
        await Expect(page.Locator("#NhsNumber")).ToHaveValueAsync("123 456 7890");
        await Expect(page.Locator("#NhsNumber-error")).ToContainTextAsync("Enter a valid NHS number");

        // Everything else typed was valid, including the date of birth, so the NHS number is the only problem.
        var problems = await summary.GetByRole(AriaRole.Listitem).AllInnerTextsAsync();
        Assert.True(
            problems.Count == 1,
            "Only the NHS number was wrong, but the error summary lists: " + string.Join(" | ", problems) +
            ". (If 'Enter date of birth' is listed, the date boxes' names do not bind to the page's DateParts property.)");
        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task Exit_this_page_is_on_every_page_that_shows_a_child()
    {
        await using var session = await app.NewSessionAsync();
        await session.SignInAsync(app.Partnership.Teacher.Email!);
        await session.ExpectHomeAsync();
        var page = session.Page;

        await session.GotoAsync("/children");
        await ExpectExitThisPageAsync(page);
        await Search(session, "Mia Testperson");
        await ExpectExitThisPageAsync(page);

        await session.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Mia Testperson" }), ChildRecordPath());
        await ExpectExitThisPageAsync(page);

        await session.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record a concern" }), new Regex("/concerns/new\\?childId="));
        await ExpectExitThisPageAsync(page);

        await session.GotoAsync("/children/new");
        await ExpectExitThisPageAsync(page);

        var concernId = await RecordConcernAsync(session, "Online harm", "Level 1: universal", "Mia showed a friend messages from an adult she met in a game.");
        await ExpectExitThisPageAsync(page);

        await using (var dsl = await app.NewSessionAsync())
        {
            await dsl.SignInAsync(app.Partnership.SchoolDsl.Email!, withSecurityCode: true);
            await dsl.ExpectHomeAsync();
            await dsl.GotoAsync("/concerns/open");
            await ExpectExitThisPageAsync(dsl.Page);
            await dsl.GotoAsync($"/concerns/{concernId}");
            await ExpectExitThisPageAsync(dsl.Page);
            dsl.AssertEveryPageChecked();
        }

        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task Administrator_invites_a_practitioner_and_sees_the_one_time_link()
    {
        await using var session = await app.NewSessionAsync();
        await session.SignInAsync(app.Partnership.Administrator.Email!);
        await session.ExpectHomeAsync();
        var page = session.Page;

        await session.ClickToPageAsync(Menu(page, "Partnership"), PathIs("/partnership"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Testshire Safeguarding Partnership", Level = 1 })).ToBeVisibleAsync();
        await session.ScreenshotAsync("partnership");

        await session.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Invite a practitioner" }), PathIs("/partnership/practitioners/invite"));
        await page.GetByLabel("Full name").FillAsync("Ivy Newstarter");
        await page.GetByLabel("Work email address").FillAsync("ivy.newstarter@larch-lane.example");
        await page.GetByLabel("Agency").SelectOptionAsync(new SelectOptionValue { Label = "Larch Lane Primary School" });
        await page.GetByLabel("Practitioner", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Invitation created" })).ToBeVisibleAsync();
        await Expect(page.Locator("#invitation-link")).ToHaveTextAsync(new Regex("/account/invitation/[^/\\s]+$"));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Send this link to ivy.newstarter@larch-lane.example");
        await session.CheckPageAsync();
        session.AssertEveryPageChecked();
    }

    /// <summary>
    /// From anywhere signed in as a practitioner: finds Mia, records a concern (on <paramref name="occurredOn"/> at 8:45am,
    /// or today when null) and returns the new concern's id.
    /// </summary>
    private static async Task<Guid> RecordConcernAsync(BrowserSession session, string category, string level, string whatHappened, DateOnly? occurredOn = null, bool screenshots = false)
    {
        var page = session.Page;
        await session.ClickToPageAsync(Menu(page, "Children"), PathIs("/children"));
        await Search(session, "Mia Testperson");
        await Expect(page.Locator("#results-heading")).ToHaveTextAsync("1 child found");
        if (screenshots)
        {
            await session.ScreenshotAsync("child-search-results");
        }

        await session.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Mia Testperson" }), ChildRecordPath());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mia Testperson", Level = 1 })).ToBeVisibleAsync();
        if (screenshots)
        {
            await session.ScreenshotAsync("child-record");
        }

        await session.ClickToPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record a concern" }), new Regex("/concerns/new\\?childId="));
        await page.GetByLabel(category, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(level, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What happened?").FillAsync(whatHappened);
        await page.GetByLabel("What did the child say?").FillAsync("\"I don't want to go home.\"");
        await page.GetByLabel("How did the child seem?").FillAsync("Quiet and tired.");
        if (occurredOn is { } date)
        {
            await page.Locator("#OccurredOn-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
            await page.Locator("#OccurredOn-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
            await page.Locator("#OccurredOn-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
            await page.GetByLabel("Time it happened (optional)").FillAsync("08:45");
        }
        if (screenshots)
        {
            await session.ScreenshotAsync("record-a-concern");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save concern" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ConcernPath());
        await Expect(SuccessBanner(page)).ToContainTextAsync("Concern saved");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Concern: {category}", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync();
        if (occurredOn is { } occurred)
        {
            // A concern recorded later must keep the date and time it happened, not the date it was typed in.
            var whenItHappened = page.Locator(".govuk-summary-list__row").Filter(new() { HasText = "When it happened" }).Locator(".govuk-summary-list__value");
            await Expect(whenItHappened).ToHaveTextAsync(occurred.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) + " at 8:45am");
        }

        return Guid.Parse(ConcernPath().Match(page.Url).Groups["id"].Value);
    }

    private static async Task Search(BrowserSession session, string query)
    {
        await session.Page.GetByLabel("Find a child your agency holds").FillAsync(query);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(session.Page.Locator("#results-heading")).ToBeVisibleAsync();
        await session.CheckPageAsync();
    }

    private static async Task ExpectExitThisPageAsync(IPage page)
    {
        var exit = page.Locator(".govuk-exit-this-page");
        await Expect(exit).ToHaveCountAsync(1);
        await Expect(exit.GetByRole(AriaRole.Button, new() { Name = "Exit this page" })).ToBeVisibleAsync();
    }

    private static ILocator Menu(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static ILocator SuccessBanner(IPage page) => page.Locator(".govuk-notification-banner--success");

    private static Regex PathIs(string path) => new("^https?://[^/]+" + Regex.Escape(path) + "$");

    [GeneratedRegex("/children/[0-9a-f-]{36}$")]
    private static partial Regex ChildRecordPath();

    [GeneratedRegex("/concerns/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex ConcernPath();
}
