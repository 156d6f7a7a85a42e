namespace Tessera.Core.Modules.Guidance.Contracts;

/// <summary>A change to one section, published as a new version of the whole guidance.</summary>
public sealed record PublishGuidanceInput
{
    public string? Key { get; init; }
    public string? Title { get; init; }
    public string? Markdown { get; init; }
    public string? ChangeSummary { get; init; }

    /// <summary>The version the administrator was editing; if another has been published since, nothing is saved.</summary>
    public int? BasedOnNumber { get; init; }
}
