using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Access.Contracts;

/// <summary>Who is asking, as stored now (not as the sign-in cookie remembers it).</summary>
public sealed record PractitionerFacts(Guid Id, Guid AgencyId, Guid? TeamId, PractitionerRoles Roles, bool Disabled);

/// <summary>The child record being asked about.</summary>
public sealed record ChildFacts(Guid ChildRecordId, Guid AgencyId, Guid? TeamId, Guid? CaseHolderId);

/// <summary>An assignment of the practitioner to the child, with its period.</summary>
public sealed record AssignmentFact(Guid Id, DateTimeOffset From, DateTimeOffset? Until);

/// <summary>An emergency access the practitioner started for the child.</summary>
public sealed record EmergencyFact(Guid Id, DateTimeOffset From, DateTimeOffset Until);

/// <summary>A share of the child's information addressed to the practitioner, their team or their agency.</summary>
public sealed record ShareFact(Guid Id, ShareAudience Audience, Guid AudienceId, DateTimeOffset From, DateTimeOffset? Until);

public enum ShareAudience
{
    Practitioner = 1,
    Team = 2,
    Agency = 3,
}

/// <summary>Everything the access decision needs, gathered in one place so the decision itself is a pure function.</summary>
public sealed record AccessFacts(
    PractitionerFacts Practitioner,
    ChildFacts Child,
    IReadOnlyList<AssignmentFact> Assignments,
    IReadOnlyList<EmergencyFact> Emergencies,
    IReadOnlyList<ShareFact> Shares,
    DateTimeOffset Now);
