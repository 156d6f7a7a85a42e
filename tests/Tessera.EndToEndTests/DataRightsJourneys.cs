using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>A privacy officer answers a subject access request; every page checked with axe-core.</summary>
public sealed class DataRightsJourneys(TesseraApp app)
{
    private const string RefugeAddress = "Flat 2, 14 Sanctuary Close";

    [Fact]
    public async Task Privacy_officer_exports_a_childs_information_with_the_shielded_address_withheld()
    {
        var p = app.Partnership;
        await using (var db = DatabaseRegistration.CreateContext(app.Database))
        {
            var child = await db.ChildRecords.SingleAsync(c => c.Id == p.SchoolChild.Id, TestContext.Current.CancellationToken);
            child.Address = RefugeAddress;
            db.Shields.Add(new Shield
            {
                Id = Guid.CreateVersion7(),
                ChildRecordId = child.Id,
                OwningAgencyId = child.AgencyId,
                Target = ShieldTarget.ChildAddress,
                Reason = "The family has moved to a refuge",
                ShieldedById = p.SchoolDsl.Id,
                ShieldedAt = TimeProvider.System.GetUtcNow(),
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(p.SchoolPrivacyOfficer.Email!, withSecurityCode: true);
        await session.ExpectHomeAsync();

        await session.ClickToPageAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Data rights", Exact = true }), PathIs("/privacy/subject-access"));
        await page.GetByLabel("Find the child").FillAsync("Mia Testperson");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.Locator("#results-heading")).ToHaveTextAsync("1 child found");
        Assert.DoesNotContain("Testperson", page.Url, StringComparison.OrdinalIgnoreCase);
        await session.CheckPageAsync();
        await session.ScreenshotAsync("subject-access");

        await page.GetByLabel("Mia Testperson", new() { Exact = true }).CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Create export", Exact = true }).ClickAsync());
        Assert.Matches(@"^subject-access-\d{4}-\d{2}-\d{2}\.zip$", download.SuggestedFilename);
        var files = Unzip(await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));

        Assert.Contains("Withheld", files["summary.html"], StringComparison.Ordinal);
        Assert.Contains("Shielded by Larch Lane Primary School", files["summary.html"], StringComparison.Ordinal);
        Assert.Contains("Mia", files["summary.html"], StringComparison.Ordinal);
        foreach (var (name, text) in files)
        {
            Assert.False(text.Contains(RefugeAddress, StringComparison.OrdinalIgnoreCase), $"The shielded address is in {name}.");
            Assert.False(text.Contains("14 Sanctuary", StringComparison.OrdinalIgnoreCase), $"Part of the shielded address is in {name}.");
        }

        // The other data-rights pages pass the same checks.
        await session.GotoAsync("/privacy/retention");
        await session.GotoAsync("/privacy/retention/looked-after");
        await page.GetByLabel("Until what age are these records kept?").FillAsync("many");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await session.GotoAsync("/privacy/legal-holds");
        await session.GotoAsync($"/privacy/legal-holds/{p.SchoolChild.Id}");
        session.AssertEveryPageChecked();
    }

    private static Dictionary<string, string> Unzip(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }

    private static Regex PathIs(string path) => new("^https?://[^/]+" + Regex.Escape(path) + "$");
}
