using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Models;

namespace Tessera.Core.Modules.Reporting.Services;

/// <summary>Training compliance by agency for each priority group: suppressed tables, and charts drawn from those tables.</summary>
public static class TrainingComplianceReport
{
    public const string AllAgencies = "All agencies";
    public static readonly string[] Columns = ["Up to date", "Overdue", "People in the group", "Percentage up to date"];

    public static ReportTable Table(PriorityGroup group, string groupName, IReadOnlyList<ComplianceFigure> figures)
    {
        var rows = figures.Where(f => f.Group == group).ToList();
        var counts = new int[rows.Count, 2];
        for (var i = 0; i < rows.Count; i++)
        {
            counts[i, 0] = rows[i].Compliant;
            counts[i, 1] = rows[i].Overdue;
        }

        var cells = SmallNumbers.WithTotals(counts);
        var labels = rows.Select(r => r.AgencyName).Append(AllAgencies).ToList();
        var reportRows = labels.Select((label, i) => new ReportRow(label,
            [cells[i, 0], cells[i, 1], cells[i, 2], SmallNumbers.Percentage(cells[i, 0], cells[i, 2])])).ToList();
        return new ReportTable($"{groupName}: training up to date by agency", "Agency", Columns, reportRows);
    }

    /// <summary>The percentage column of <paramref name="table"/> as a bar chart, one bar per row.</summary>
    public static ChartData Chart(string id, ReportTable table) =>
        new(id, table.Caption, $"Bar chart of the percentage of people up to date for each agency. {(table.HasSuppression ? "Some figures are withheld to protect small numbers; " : "")}The same figures are in the table that follows.",
            "Percentage up to date",
            [new ChartSeries("Percentage up to date", table.Rows.Select(r => new ChartPoint(r.Label, r.Cells[3])).ToList())],
            Maximum: 100);

    /// <summary>Every group's table in one, for export: the group and the agency name each row.</summary>
    public static ReportTable Combined(IEnumerable<(string GroupName, ReportTable Table)> tables, string caption) =>
        new(caption, "Priority group and agency", Columns,
            tables.SelectMany(t => t.Table.Rows.Select(r => r with { Label = $"{t.GroupName}: {r.Label}" })).ToList());
}
