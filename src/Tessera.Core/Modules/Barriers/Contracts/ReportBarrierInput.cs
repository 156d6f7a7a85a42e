namespace Tessera.Core.Modules.Barriers.Contracts;

public sealed record ReportBarrierInput
{
    public string? Type { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> AgencyTypes { get; init; } = [];
}
