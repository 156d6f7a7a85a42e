namespace Tessera.Core.Modules.Practice.Contracts;

public sealed record SubmitPracticeExampleInput
{
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? WhatWorked { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Comma-separated topic tags as typed.</summary>
    public string? Tags { get; init; }

    public IReadOnlyList<string> AgencyTypes { get; init; } = [];
}
