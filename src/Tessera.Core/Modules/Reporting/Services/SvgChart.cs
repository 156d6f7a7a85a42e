using System.Globalization;
using System.Net;
using System.Text;
using Tessera.Core.Modules.Reporting.Models;

namespace Tessera.Core.Modules.Reporting.Services;

/// <summary>
/// Draws bar and line charts as SVG on the server: no JavaScript, <c>role="img"</c> with a title and description,
/// every figure also printed as text, and withheld figures drawn as a labelled gap rather than a bar. Each mark
/// carries <c>data-label</c> and <c>data-value</c>, so tests can check a chart against its data table.
/// </summary>
public static class SvgChart
{
    public const int Width = 640;
    private const int Left = 230;
    private const int Right = 60;
    private const int Top = 16;
    private const int BarHeight = 24;
    private const int BarGap = 12;
    private const int LineHeight = 260;
    private const int Bottom = 48;

    /// <summary>Length of the plotting area for bars (horizontal) in user units.</summary>
    public const int PlotWidth = Width - Left - Right;

    /// <summary>Height of the plotting area for lines in user units.</summary>
    public const int PlotHeight = LineHeight - Top - Bottom;

    private static readonly string[] Dashes = ["", "6 4", "2 3", "10 3 2 3"];

    /// <summary>A horizontal bar chart of the first series: one bar per category, its figure printed at its end.</summary>
    public static string Bar(ChartData chart)
    {
        var points = chart.Series[0].Points;
        var max = Maximum(chart);
        var height = Top + (points.Count * (BarHeight + BarGap)) + Bottom;
        var svg = Open(chart, height);
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"app-chart__axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{height - Bottom + 4}\" stroke=\"#0b0c0c\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var y = Top + (i * (BarHeight + BarGap));
            var middle = y + (BarHeight / 2) + 5;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__category\" x=\"{Left - 8}\" y=\"{middle}\" text-anchor=\"end\">{Escape(Shorten(point.Label))}</text>");
            if (point.Cell.IsShown)
            {
                var length = Scale(point.Cell.Value!.Value, max, PlotWidth);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"app-chart__bar\" data-label=\"{Escape(point.Label)}\" data-value=\"{Number(point.Cell.Value.Value)}\" x=\"{Left}\" y=\"{y}\" width=\"{Number(length)}\" height=\"{BarHeight}\" fill=\"#1d70b8\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__value\" x=\"{Number(Left + length + 6)}\" y=\"{middle}\">{Escape(point.Cell.Text)}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"app-chart__value app-chart__value--withheld\" data-label=\"{Escape(point.Label)}\" data-value=\"{Escape(point.Cell.Text)}\" x=\"{Left + 6}\" y=\"{middle}\">{Escape(point.Cell.Text)}</text>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__axis-label\" x=\"{Left}\" y=\"{height - 12}\">{Escape(chart.ValueLabel)} (0 to {Number(max)})</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A line chart: categories along the bottom, one line per series, a point and its figure at each category.</summary>
    public static string Line(ChartData chart)
    {
        var max = Maximum(chart);
        var categories = chart.Series[0].Points.Select(p => p.Label).ToList();
        var step = categories.Count > 1 ? (double)PlotWidth / (categories.Count - 1) : 0;
        var height = LineHeight + (chart.Series.Count * 20);
        var svg = Open(chart, height);
        var baseline = Top + PlotHeight;
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"app-chart__axis\" x1=\"{Left}\" y1=\"{baseline}\" x2=\"{Left + PlotWidth}\" y2=\"{baseline}\" stroke=\"#0b0c0c\"/>");
        for (var i = 0; i < categories.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__category\" x=\"{Number(Left + (i * step))}\" y=\"{baseline + 20}\" text-anchor=\"middle\">{Escape(Shorten(categories[i]))}</text>");
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var dash = Dashes[s % Dashes.Length];
            // A withheld figure breaks the line rather than being joined across, so nothing is implied about it.
            var segment = new List<string>();
            void Flush()
            {
                if (segment.Count > 1)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"app-chart__line\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")} points=\"{string.Join(' ', segment)}\"/>");
                }

                segment.Clear();
            }

            for (var i = 0; i < series.Points.Count; i++)
            {
                var point = series.Points[i];
                var x = Left + (i * step);
                if (!point.Cell.IsShown)
                {
                    Flush();
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__value app-chart__value--withheld\" data-series=\"{Escape(series.Name)}\" data-label=\"{Escape(point.Label)}\" data-value=\"{Escape(point.Cell.Text)}\" x=\"{Number(x)}\" y=\"{baseline - 6}\" text-anchor=\"middle\">{Escape(point.Cell.Text)}</text>");
                    continue;
                }

                var y = baseline - Scale(point.Cell.Value!.Value, max, PlotHeight);
                segment.Add($"{Number(x)},{Number(y)}");
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"app-chart__point\" data-series=\"{Escape(series.Name)}\" data-label=\"{Escape(point.Label)}\" data-value=\"{Number(point.Cell.Value.Value)}\" cx=\"{Number(x)}\" cy=\"{Number(y)}\" r=\"4\" fill=\"#1d70b8\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__value\" x=\"{Number(x)}\" y=\"{Number(y - 8)}\" text-anchor=\"middle\">{Escape(point.Cell.Text)}</text>");
            }

            Flush();
            var legendY = LineHeight + (s * 20);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{legendY - 4}\" x2=\"{Left + 30}\" y2=\"{legendY - 4}\" stroke=\"#1d70b8\" stroke-width=\"3\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__legend\" x=\"{Left + 38}\" y=\"{legendY}\">{Escape(series.Name)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Where a figure falls on an axis from 0 to <paramref name="max"/> of <paramref name="length"/> units.</summary>
    public static double Scale(double value, double max, double length) => max <= 0 ? 0 : Math.Round(length * Math.Clamp(value, 0, max) / max, 2);

    private static double Maximum(ChartData chart) =>
        chart.Maximum ?? Math.Max(1, chart.Series.SelectMany(s => s.Points).Where(p => p.Cell.IsShown).Select(p => p.Cell.Value!.Value).DefaultIfEmpty(0).Max());

    private static StringBuilder Open(ChartData chart, int height)
    {
        var svg = new StringBuilder();
        var id = Escape(chart.Id);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" font-family=\"&quot;GDS Transport&quot;, arial, sans-serif\" font-size=\"16\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(chart.Title)}</title><desc id=\"{id}-desc\">{Escape(chart.Description)}</desc>");
        return svg;
    }

    private static string Shorten(string label) => label.Length <= 26 ? label : label[..25] + "…";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
