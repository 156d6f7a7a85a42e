using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Sharing.Gateways;

[EventType(750)]
public sealed record GatewayChangeProposed(Guid SubjectId, int BaseVersion, GatewayChangeKind Change, string Code) : IEvent;

[EventType(751)]
public sealed record GatewayChangeApproved(Guid SubjectId, StatutoryPartner Partner, Guid AgencyId) : IEvent;

[EventType(752)]
public sealed record GatewayRegistryVersionAdopted(Guid SubjectId, int Version, string Code) : IEvent;
