using Tessera.Core.Modules.Barriers.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Barriers.Events;

[EventType(950)]
public sealed record BarrierReported(Guid SubjectId, BarrierType Type, Guid AgencyId) : IEvent;

[EventType(951)]
public sealed record BarrierResponded(Guid SubjectId, BarrierStatus Status) : IEvent;

[EventType(952)]
public sealed record BarrierCountsExported(Guid SubjectId, int Rows) : IEvent;
