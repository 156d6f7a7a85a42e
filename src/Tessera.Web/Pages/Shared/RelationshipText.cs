using Tessera.Core.Modules.Access.Contracts;

namespace Tessera.Web.Pages.Shared;

/// <summary>The "Why can I see this?" wording for each relationship, in plain English.</summary>
public static class RelationshipText
{
    public static string For(Relationship relationship, string owningAgencyName) => relationship.Kind switch
    {
        RelationshipKind.AgencyRecord => $"Your agency, {owningAgencyName}, holds this record and your role and team let you see it.",
        RelationshipKind.Assignment => "A designated safeguarding lead or manager assigned you to this child" + Until(relationship),
        RelationshipKind.Share => "Information about this child was shared with you, your team or your agency" + Until(relationship),
        RelationshipKind.EmergencyAccess => "You are using emergency access" + Until(relationship) + " Every page you open is recorded and reviewed by a privacy officer.",
        _ => "Another relationship allows it.",
    };

    private static string Until(Relationship relationship) =>
        relationship.Until is { } until ? $" until {Formats.DateTime(until)}." : ".";
}
