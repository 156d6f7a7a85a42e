using Tessera.Core.Processes;

namespace Tessera.Core.Seeding;

/// <summary>
/// The one summary event of a synthetic seed (the seed writes no event per row). The subject is the partnership.
/// Holds counts only, never a child's details.
/// </summary>
[EventType(1)]
public sealed record SyntheticDataSeeded(Guid SubjectId, int Seed, int Children, long ChildRecords, long Concerns, long InboxItems) : IEvent;
