using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Training;

public sealed class TrainingReportTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_strategic_lead_sees_suppressed_compliance_with_a_chart_and_table_and_exports_the_same_figures(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var agency = await app.AgencyAsync();
        var recent = app.Today().AddDays(-10);
        for (var i = 0; i < 10; i++)
        {
            await app.PersonAsync(agency.Id, daysAgo: 60, completedOn: recent);
        }

        await app.PersonAsync(agency.Id, daysAgo: 60);
        await app.PersonAsync(agency.Id, daysAgo: 60);

        using var lead = app.CreateBrowser();
        await lead.SignInAsync(app.Partnership.StrategicLead);
        var page = await lead.FillInAsync("/reporting/training", null, ("AgencyId", agency.Id.ToString()), ("Period", "today"));
        Assert.Equal(HttpStatusCode.OK, page.Status);

        // 10 up to date and 2 overdue: the 2 is "fewer than 5", so the 10 is withheld too (12 - 10 would give it away).
        var section = page.Document.QuerySelector("#chart-1-heading")!.ParentElement!;
        var rows = section.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(
        [
            [agency.Name, "withheld", "fewer than 5", "12", "withheld"],
            ["All agencies", "withheld", "fewer than 5", "12", "withheld"],
        ], rows);

        // The chart beside it draws no bar for a withheld figure, and says so in words.
        var svg = section.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Empty(svg.QuerySelectorAll("rect"));
        Assert.Equal([agency.Name, "All agencies"], svg.QuerySelectorAll("text[data-label]").Select(t => t.GetAttribute("data-label")));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("script:not([src])"), s => s.TextContent.Contains("chart", StringComparison.OrdinalIgnoreCase));

        // Designated safeguarding leads: nobody in this agency, so zeros, which are shown.
        var dsl = page.Document.QuerySelector("#chart-2-heading")!.ParentElement!;
        Assert.Equal([agency.Name, "0", "0", "0", "not applicable"], dsl.QuerySelector("table tbody tr")!.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()));
        Assert.Empty(dsl.QuerySelectorAll("rect"));
        Assert.Equal("not applicable", dsl.QuerySelector($"svg text[data-label='{agency.Name}']")!.TextContent);

        var query = $"period=today&agencyId={agency.Id}";
        using var csv = await lead.Client.GetAsync($"/reporting/training?handler=Csv&{query}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Every practitioner: {agency.Name},withheld,fewer than 5,12,withheld\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",10,", text, StringComparison.Ordinal);

        using var xlsx = await lead.Client.GetAsync($"/reporting/training?handler=Xlsx&{query}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var book = SpreadsheetDocument.Open(stream, false);
        var sheetRows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.CellValue!.Text).ToArray()).ToList();
        Assert.Contains(sheetRows, r => r.SequenceEqual([$"Every practitioner: {agency.Name}", "withheld", "fewer than 5", "12", "withheld"]));

        // An unknown agency is not found; someone without the role is turned away.
        await Expect.NotFoundAsync(lead, await lead.GetAsync($"/reporting/training?agencyId={Guid.NewGuid()}"));
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);
        Expect.RedirectTo("/account/access-denied", await teacher.GetAsync("/reporting/training"));
    }
}
