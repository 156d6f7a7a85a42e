namespace Tessera.Core.Modules.Retention.Contracts;

/// <summary>A child record whose schedule has run out; <see cref="Held"/> when an active legal hold keeps it.</summary>
public sealed record DueRecord(Guid Id, Guid AgencyId, string RetentionCode, bool Held);

/// <summary>A concern whose schedule has run out (its record's own schedule has not); held when its record is.</summary>
public sealed record DueConcern(Guid Id, Guid ChildRecordId, Guid AgencyId, bool Held);

/// <summary>Everything due for erasure on one day.</summary>
public sealed record RetentionDue(DateOnly Today, IReadOnlyList<DueRecord> Records, IReadOnlyList<DueConcern> Concerns);
