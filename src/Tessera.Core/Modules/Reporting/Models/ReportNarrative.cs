namespace Tessera.Core.Modules.Reporting.Models;

/// <summary>A section of the yearly partnership report written by a partnership administrator.</summary>
public class ReportNarrative
{
    public const int TextMaxLength = 10_000;

    public Guid Id { get; set; }
    public int Year { get; set; }
    public required string SectionKey { get; set; }
    public required string Text { get; set; }
    public Guid UpdatedById { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A narrative section of the report: where it sits and what the administrator is asked to write.</summary>
public sealed record ReportSection(string Key, string Heading, string Hint);

public static class PartnershipReportSections
{
    public static IReadOnlyList<ReportSection> All { get; } =
    [
        new("introduction", "Introduction", "What the partnership set out to do this year and what changed."),
        new("training", "Training and professional capability", "What the training figures show, and what the partnership did about gaps."),
        new("next-year", "Priorities for next year", "What the partnership will do next year, and how it will know it worked."),
    ];
}
