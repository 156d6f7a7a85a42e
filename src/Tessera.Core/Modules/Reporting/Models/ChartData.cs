namespace Tessera.Core.Modules.Reporting.Models;

/// <summary>One point of a chart: its category label and its figure (which may be withheld).</summary>
public sealed record ChartPoint(string Label, ReportCell Cell);

public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>What a chart shows: a title and description for screen readers and one or more series over the same categories.</summary>
public sealed record ChartData(string Id, string Title, string Description, string ValueLabel, IReadOnlyList<ChartSeries> Series, double? Maximum = null);
