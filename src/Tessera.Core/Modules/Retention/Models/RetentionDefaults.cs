namespace Tessera.Core.Modules.Retention.Models;

/// <summary>The schedules a new partnership starts with (IRMS toolkit for schools; looked-after records by regulation).</summary>
public static class RetentionDefaults
{
    public const string ChildRecord = "child-record";
    public const string Concern = "concern";
    public const string SchoolChildProtection = "school-child-protection";
    public const string LookedAfter = "looked-after";

    // Fixed versions so the seeded rows are stable across migrations.
    public static IReadOnlyList<RetentionSchedule> Schedules { get; } =
    [
        new() { Code = ChildRecord, Name = "An agency's record of a child", Description = "Kept until the child's 25th birthday.", KeepUntilAge = 25, Version = new Guid("5b0c3f1e-0000-4000-8000-000000000001") },
        new() { Code = Concern, Name = "Concerns", Description = "Kept until the child's 25th birthday.", KeepUntilAge = 25, Version = new Guid("5b0c3f1e-0000-4000-8000-000000000002") },
        new() { Code = SchoolChildProtection, Name = "School child protection records", Description = "Kept until the child's 25th birthday.", KeepUntilAge = 25, Version = new Guid("5b0c3f1e-0000-4000-8000-000000000003") },
        new() { Code = LookedAfter, Name = "Looked-after children's records", Description = "Kept until the child's 75th birthday.", KeepUntilAge = 75, Version = new Guid("5b0c3f1e-0000-4000-8000-000000000004") },
    ];
}
