using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Reporting.Services;
using Tessera.Core.Processes;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Training;

public sealed class PartnershipReportTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_administrator_writes_a_section_and_the_strategic_lead_sees_it_with_the_figures_ready_to_print(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var year = app.Clock.GetUtcNow().Year;
        var url = $"/partnership/report/introduction?year={year}";
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(app.Partnership.Administrator);

        Expect.Errors(await admin.FillInAsync(url, null, ("Text", "  ")), "#Text");

        // Someone else saves first: the save is refused and the typed text kept; saving again works.
        var open = await admin.OpenAsync(url);
        await using (var db = app.CreateDbContext())
        {
            var who = app.Partnership.Administrator;
            var version = (await db.ReportNarratives.AsNoTracking().SingleOrDefaultAsync(n => n.Year == year && n.SectionKey == "introduction"))?.Version ?? Guid.Empty;
            var first = await new ReportNarratives(db).SaveAsync(year, "introduction", "An earlier draft.", version,
                ProcessContext.Start(ProcessType.ReportNarrativeSaved, Actor.ForPractitioner(who.Id, who.AgencyId), app.Clock));
            Assert.True(first.Succeeded);
        }

        const string text = "This year every agency joined the information sharing programme.\nTraining improved in schools.";
        var stale = await admin.SubmitAsync(open, null, ("Text", text));
        Expect.Errors(stale, "#Text");
        Assert.Contains("Someone else changed this section", stale.Text, StringComparison.Ordinal);
        Assert.Equal(text, stale.Single("#Text").TextContent.Trim().Replace("\r\n", "\n", StringComparison.Ordinal));
        Expect.RedirectTo("/partnership/report", await admin.SubmitAsync(stale, null));
        Assert.Contains("Introduction saved", (await admin.OpenAsync($"/partnership/report?year={year}")).Text, StringComparison.Ordinal);

        using var lead = app.CreateBrowser();
        await lead.SignInAsync(app.Partnership.StrategicLead);
        var report = await lead.OpenAsync("/reporting/partnership-report");
        var introduction = report.Single("#section-introduction").ParentElement!;
        Assert.Equal(["This year every agency joined the information sharing programme.", "Training improved in schools."],
            introduction.QuerySelectorAll("p").Select(p => p.TextContent.Trim()));
        Assert.Contains("A partnership administrator has not written this section yet.", report.Single("#section-next-year").ParentElement!.TextContent, StringComparison.Ordinal);
        var training = report.Single("#section-training").ParentElement!;
        Assert.Equal(3, training.QuerySelectorAll("svg[role=img]").Length);
        Assert.Contains("Every practitioner: training up to date by agency", training.QuerySelector("table caption")!.TextContent, StringComparison.Ordinal);

        var css = await lead.Client.GetStringAsync("/css/tessera.css");
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains(".app-no-print", css, StringComparison.Ordinal);

        await Expect.NotFoundAsync(lead, await lead.GetAsync($"/reporting/partnership-report?year={year + 1}"));
        await Expect.NotFoundAsync(admin, await admin.GetAsync($"/partnership/report/no-such-section?year={year}"));
    }
}
