namespace Tessera.Core.Modules.Retention.Contracts;

/// <summary>What one schedule erased (or would erase, on a dry run) and what it kept because of a legal hold.</summary>
public sealed record ScheduleOutcome(string Code, string Name, int KeepUntilAge, int Erased, int KeptUnderLegalHold);

/// <summary>The result of a retention run: one line per schedule. Counts only, never ids of children.</summary>
public sealed record RetentionReport(DateOnly Today, bool DryRun, IReadOnlyList<ScheduleOutcome> Schedules)
{
    public int Erased => Schedules.Sum(s => s.Erased);

    public int KeptUnderLegalHold => Schedules.Sum(s => s.KeptUnderLegalHold);

    public IEnumerable<string> Lines() => Schedules.Select(s =>
        $"{s.Code} (until age {s.KeepUntilAge}): {(DryRun ? "would erase" : "erased")} {s.Erased}, kept: legal hold {s.KeptUnderLegalHold}");
}
