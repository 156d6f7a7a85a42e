using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Partnership.Events;

[EventType(100)]
public sealed record AgencyAdded(Guid SubjectId, AgencyType Type) : IEvent;

[EventType(101)]
public sealed record PractitionerInvited(Guid SubjectId, Guid AgencyId, PractitionerRoles Roles, DateTimeOffset ExpiresAt) : IEvent;

[EventType(102)]
public sealed record PractitionerRegistered(Guid SubjectId, Guid AgencyId, Guid InvitationId, PractitionerRoles Roles) : IEvent;

[EventType(103)]
public sealed record PractitionerRolesChanged(Guid SubjectId, PractitionerRoles From, PractitionerRoles To) : IEvent;

[EventType(104)]
public sealed record PractitionerDisabled(Guid SubjectId) : IEvent;

[EventType(105)]
public sealed record PractitionerEnabled(Guid SubjectId) : IEvent;

[EventType(106)]
public sealed record TeamAdded(Guid SubjectId, Guid AgencyId) : IEvent;

[EventType(110)]
public sealed record PractitionerSignedIn(Guid SubjectId, bool WithTwoFactor) : IEvent;

[EventType(111)]
public sealed record PractitionerSignedOut(Guid SubjectId) : IEvent;

[EventType(112)]
public sealed record SignInFailed(Guid SubjectId, bool LockedOut) : IEvent;

[EventType(113)]
public sealed record TwoFactorEnrolled(Guid SubjectId) : IEvent;

[EventType(114)]
public sealed record PartnershipCreated(Guid SubjectId) : IEvent;
