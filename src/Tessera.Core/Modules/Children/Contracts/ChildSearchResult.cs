namespace Tessera.Core.Modules.Children.Contracts;

public sealed record ChildSearchResult(
    Guid Id,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string? NhsNumber,
    string? Postcode,
    string? AgencyReference,
    string? MatchedAlias);

public sealed record ChildSearchQuery(string Kind, string Text);
