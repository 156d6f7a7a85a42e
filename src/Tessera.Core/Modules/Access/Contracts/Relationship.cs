namespace Tessera.Core.Modules.Access.Contracts;

/// <summary>One reason a practitioner may see a child, as listed in the "Why can I see this?" panel.</summary>
public sealed record Relationship(RelationshipKind Kind, Guid? SourceId, DateTimeOffset? Until);

/// <summary>Stored in audit details; never renumber.</summary>
public enum RelationshipKind
{
    /// <summary>Your agency holds the record and your role and team allow it.</summary>
    AgencyRecord = 1,
    Assignment = 2,
    Share = 3,
    EmergencyAccess = 4,
}

/// <summary>The answer: allowed or not, every relationship that applies, and the emergency access a read is made under.</summary>
public sealed record AccessDecision(bool Allowed, IReadOnlyList<Relationship> Relationships, Guid? EmergencyAccessId, string? DenialReason)
{
    public static AccessDecision Deny(string reason) => new(false, [], null, reason);
}
