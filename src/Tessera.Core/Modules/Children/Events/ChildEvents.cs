using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Children.Events;

[EventType(200)]
public sealed record ChildRecordCreated(Guid SubjectId, Guid AgencyId, bool HasNhsNumber, bool HasUniquePupilNumber, int AliasCount, int RelatedAdultCount) : IEvent;

[EventType(201)]
public sealed record ChildRecordUpdated(Guid SubjectId, IReadOnlyList<string> ChangedFields) : IEvent;
