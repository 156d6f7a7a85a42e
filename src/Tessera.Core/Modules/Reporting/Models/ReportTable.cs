namespace Tessera.Core.Modules.Reporting.Models;

/// <summary>Why a figure is not shown. Small counts are withheld, and so are figures that would let someone work one out.</summary>
public enum Suppression
{
    None = 0,
    FewerThanFive = 1,
    Withheld = 2,
}

/// <summary>One figure in a report: a count or a percentage, or a note of why it is withheld.</summary>
public sealed record ReportCell(double? Value, Suppression Suppression = Suppression.None, bool IsPercentage = false)
{
    public const string FewerThanFiveText = "fewer than 5";
    public const string WithheldText = "withheld";
    public const string NotApplicableText = "not applicable";

    public static ReportCell Count(int value) => new(value);

    public bool IsShown => Suppression == Suppression.None && Value is not null;

    public string Text => Suppression switch
    {
        Suppression.FewerThanFive => FewerThanFiveText,
        Suppression.Withheld => WithheldText,
        _ when Value is null => NotApplicableText,
        _ when IsPercentage => $"{Value:0}%",
        _ => $"{Value:0}",
    };
}

public sealed record ReportRow(string Label, IReadOnlyList<ReportCell> Cells);

/// <summary>
/// A table of aggregate figures with a caption: what charts are drawn from, what pages show beside them and what
/// exports contain, so the three always agree.
/// </summary>
public sealed record ReportTable(string Caption, string RowHeading, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows)
{
    public bool HasSuppression => Rows.Any(r => r.Cells.Any(c => c.Suppression != Suppression.None));
}
