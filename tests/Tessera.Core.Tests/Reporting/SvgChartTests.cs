using System.Globalization;
using System.Xml.Linq;
using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Modules.Reporting.Services;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Models;

namespace Tessera.Core.Tests.Reporting;

/// <summary>Charts are parsed as XML and checked against the table they were drawn from.</summary>
public class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_bar_chart_has_one_bar_per_shown_figure_at_its_length_and_names_each_withheld_one()
    {
        var figures = new List<ComplianceFigure>
        {
            new(Guid.NewGuid(), "Larch Lane Primary School", PriorityGroup.EveryPractitioner, 40, 30),
            new(Guid.NewGuid(), "Testshire Police", PriorityGroup.EveryPractitioner, 23, 3),
            new(Guid.NewGuid(), "Testshire <Hospitals> & Trust", PriorityGroup.EveryPractitioner, 60, 45),
        };
        var table = TrainingComplianceReport.Table(PriorityGroup.EveryPractitioner, "Every practitioner", figures);
        var svg = XDocument.Parse(SvgChart.Bar(TrainingComplianceReport.Chart("chart-1", table))).Root!;

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("chart-1-title chart-1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal(table.Caption, svg.Element(Svg + "title")!.Value);
        Assert.Equal("chart-1-title", (string?)svg.Element(Svg + "title")!.Attribute("id"));
        Assert.Contains("withheld", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Empty(svg.Descendants(Svg + "script"));

        var bars = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "app-chart__bar").ToList();
        var withheld = svg.Descendants(Svg + "text").Where(t => ((string?)t.Attribute("class") ?? "").Contains("--withheld", StringComparison.Ordinal)).ToList();
        Assert.Equal(table.Rows.Count, bars.Count + withheld.Count);
        foreach (var row in table.Rows)
        {
            var percentage = row.Cells[3];
            if (percentage.IsShown)
            {
                var bar = Assert.Single(bars, b => (string?)b.Attribute("data-label") == row.Label);
                Assert.Equal(percentage.Value!.Value, double.Parse((string)bar.Attribute("data-value")!, CultureInfo.InvariantCulture));
                Assert.Equal(SvgChart.PlotWidth * percentage.Value.Value / 100, double.Parse((string)bar.Attribute("width")!, CultureInfo.InvariantCulture), 2);
                Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == percentage.Text);
            }
            else
            {
                var note = Assert.Single(withheld, t => (string?)t.Attribute("data-label") == row.Label);
                Assert.Equal(percentage.Text, note.Value);
            }
        }

        // The police figure (3 of 23) is withheld, and so nothing in the chart reveals it.
        Assert.DoesNotContain(bars, b => (string?)b.Attribute("data-label") == "Testshire Police");
        Assert.Contains(bars, b => (string?)b.Attribute("data-label") == "Testshire <Hospitals> & Trust");
    }

    [Fact]
    public void A_line_chart_draws_a_point_per_figure_and_breaks_the_line_at_a_withheld_one()
    {
        var months = new[] { "Jan", "Feb", "Mar", "Apr" };
        var shares = new ChartSeries("Shares", months.Select((m, i) => new ChartPoint(m, i == 2 ? new ReportCell(null, Suppression.FewerThanFive) : ReportCell.Count(10 * (i + 1)))).ToList());
        var advice = new ChartSeries("Advice requests", months.Select((m, i) => new ChartPoint(m, ReportCell.Count(5 + i))).ToList());
        var svg = XDocument.Parse(SvgChart.Line(new ChartData("trend", "Shares by month", "Line chart", "Count", [shares, advice]))).Root!;

        var points = svg.Descendants(Svg + "circle").ToList();
        Assert.Equal(7, points.Count);
        var max = 40.0;
        foreach (var point in points)
        {
            var value = double.Parse((string)point.Attribute("data-value")!, CultureInfo.InvariantCulture);
            var series = (string)point.Attribute("data-series")! == "Shares" ? shares : advice;
            Assert.Equal(series.Points.Single(p => p.Label == (string?)point.Attribute("data-label")).Cell.Value, value);
            var baseline = 16 + SvgChart.PlotHeight;
            Assert.Equal(baseline - (SvgChart.PlotHeight * value / max), double.Parse((string)point.Attribute("cy")!, CultureInfo.InvariantCulture), 2);
        }

        // Shares: Jan–Feb joined, then a gap at March; advice: one unbroken line.
        var lines = svg.Descendants(Svg + "polyline").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Single(svg.Descendants(Svg + "text"), t => (string?)t.Attribute("data-label") == "Mar" && t.Value == ReportCell.FewerThanFiveText);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Advice requests");
    }
}
