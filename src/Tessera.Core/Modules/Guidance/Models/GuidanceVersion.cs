namespace Tessera.Core.Modules.Guidance.Models;

/// <summary>One published version of the partnership's information-sharing guidance. Every version is kept.</summary>
public class GuidanceVersion
{
    public const int ChangeSummaryMaxLength = 1000;

    public Guid Id { get; set; }

    /// <summary>1, 2, 3…; unique, so two administrators publishing at once cannot both make version 4.</summary>
    public int Number { get; set; }

    public required string ChangeSummary { get; set; }
    public Guid? PublishedById { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public List<GuidanceSection> Sections { get; set; } = [];
}
