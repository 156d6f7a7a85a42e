namespace Tessera.Core.Modules.Training.Models;

/// <summary>The courses and requirements a new partnership starts with. Fixed ids keep the seeded rows stable.</summary>
public static class TrainingDefaults
{
    public const string EssentialsCode = "isp-essentials";
    public const string AdvancedCode = "dsl-advanced";
    public const string MultiAgencyCode = "mash-multi-agency";

    public static readonly Guid EssentialsId = new("7a1e0000-0000-4000-8000-000000000001");
    public static readonly Guid AdvancedId = new("7a1e0000-0000-4000-8000-000000000002");
    public static readonly Guid MultiAgencyId = new("7a1e0000-0000-4000-8000-000000000003");

    private static readonly DateTimeOffset Seeded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<TrainingCourse> Courses { get; } =
    [
        new()
        {
            Id = EssentialsId, Code = EssentialsCode, Title = "Information sharing essentials", Kind = CourseKind.ELearning,
            Provider = "Safeguarding partnership", LengthMinutes = 90, CreatedAt = Seeded,
            Covers = "The seven golden rules, when consent is not needed, recording what you shared and why, and asking for advice.",
        },
        new()
        {
            Id = AdvancedId, Code = AdvancedCode, Title = "Advanced safeguarding for designated leads", Kind = CourseKind.SingleAgency,
            Provider = "Safeguarding partnership", LengthMinutes = 360, CreatedAt = Seeded,
            Covers = "Managing safeguarding records, referrals, thresholds, supervising staff and quality-assuring decisions to share.",
        },
        new()
        {
            Id = MultiAgencyId, Code = MultiAgencyCode, Title = "Multi-agency working at the front door", Kind = CourseKind.MultiAgency,
            Provider = "Safeguarding partnership", LengthMinutes = 420, CreatedAt = Seeded,
            Covers = "Screening contacts together, joint decisions, feedback to referrers and avoiding start-again syndrome.",
        },
    ];

    public static IReadOnlyList<TrainingRequirement> Requirements { get; } =
    [
        new() { Id = new("7a1e0000-0000-4000-8000-000000000101"), Group = PriorityGroup.EveryPractitioner, CourseId = EssentialsId, FirstDueWithinDays = 30, RefreshEveryMonths = 36 },
        new() { Id = new("7a1e0000-0000-4000-8000-000000000102"), Group = PriorityGroup.DesignatedSafeguardingLeads, CourseId = AdvancedId, FirstDueWithinDays = 30, RefreshEveryMonths = 24 },
        new() { Id = new("7a1e0000-0000-4000-8000-000000000103"), Group = PriorityGroup.MashRoles, CourseId = MultiAgencyId, FirstDueWithinDays = 30, RefreshEveryMonths = 12 },
    ];
}
