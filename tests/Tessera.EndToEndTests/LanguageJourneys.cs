using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>The shared vocabulary and the plain-language check in a real browser, with axe on every page.</summary>
public sealed class LanguageJourneys(TesseraApp app)
{
    [Fact]
    public async Task A_teacher_searches_the_glossary_then_records_a_concern_whose_wording_is_flagged_and_saves_it_unchanged()
    {
        var p = app.Partnership;
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(p.Teacher.Email!);
        await session.ExpectHomeAsync();

        await session.ClickToPageAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Glossary", Exact = true }), PathIs("/glossary"));
        await page.GetByLabel("Search the glossary").FillAsync("NAI");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.Locator("#results-heading")).ToHaveTextAsync(new Regex("^[1-9][0-9]* terms? found$"));
        await Expect(page.Locator(".govuk-summary-list__key").First).ToContainTextAsync("Non-accidental injury");
        await session.CheckPageAsync();

        await session.GotoAsync($"/concerns/new?childId={p.SchoolChild.Id}");
        await page.GetByLabel("Neglect", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Level 2: early help", new() { Exact = true }).CheckAsync();
        const string whatHappened = "Police attended a DA call at the weekend. There are concerns about home conditions.";
        await page.GetByLabel("What happened?").FillAsync(whatHappened);

        // As the teacher types, the hint appears beside the field (the browser script asking the server).
        var hints = page.Locator("#WhatHappened-wording");
        await Expect(hints).ToContainTextAsync("Vague without facts");
        await Expect(hints).ToContainTextAsync("domestic abuse");
        await session.CheckPageAsync();

        await page.GetByLabel("What did the child say?").FillAsync("\"Mum cries a lot.\"");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save concern" }).ClickAsync();

        // Saving shows the "check your wording" step once, from the server; nothing is saved yet and nothing is lost.
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Check your wording");
        await Expect(hints).ToContainTextAsync("concerns about home conditions");
        await Expect(page.GetByLabel("What happened?")).ToHaveValueAsync(whatHappened);
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save concern" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/concerns/[0-9a-f-]{36}$"));
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Concern saved");
        await Expect(page.Locator(".tessera-agency-term").First).ToHaveTextAsync("DA (shared term: domestic abuse)");
        await session.CheckPageAsync();
        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task The_vocabulary_administration_pages_pass_the_accessibility_checks()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(app.Partnership.Administrator.Email!);
        await session.ExpectHomeAsync();
        await session.GotoAsync("/language/vocabulary");
        await session.ClickToPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add a term" }), PathIs("/language/vocabulary/terms"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add term" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await session.GotoAsync("/language/vocabulary/agency-terms");
        await session.GotoAsync("/glossary");
        session.AssertEveryPageChecked();
    }

    private static Regex PathIs(string path) => new("^https?://[^/]+" + Regex.Escape(path) + "$");
}
