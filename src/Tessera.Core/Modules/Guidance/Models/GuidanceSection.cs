namespace Tessera.Core.Modules.Guidance.Models;

/// <summary>A section of one guidance version, found by its stable key (for example "consent") across versions.</summary>
public class GuidanceSection
{
    public const int KeyMaxLength = 50;
    public const int TitleMaxLength = 200;

    /// <summary>Long enough for any real guidance section; an enormous paste is refused with this limit named.</summary>
    public const int MarkdownMaxLength = 50_000;

    public Guid Id { get; set; }
    public Guid GuidanceVersionId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required string Markdown { get; set; }
    public int SortOrder { get; set; }
}
