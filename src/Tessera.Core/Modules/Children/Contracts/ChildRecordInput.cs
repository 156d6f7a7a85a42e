using Tessera.Core.Modules.Children.Models;

namespace Tessera.Core.Modules.Children.Contracts;

public sealed record AliasInput(string GivenName, string FamilyName);

public sealed record RelatedAdultInput(string Name, AdultRelationship Relationship, DateOnly? DateOfBirth = null, string? Address = null, string? Postcode = null);

/// <summary>What an agency records about a child. Field names match the page and API field names.</summary>
public sealed record ChildRecordInput
{
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public Sex Sex { get; init; }
    public string? Address { get; init; }
    public string? Postcode { get; init; }
    public string? NhsNumber { get; init; }
    public string? UniquePupilNumber { get; init; }
    public string? AgencyReference { get; init; }
    public IReadOnlyList<AliasInput> Aliases { get; init; } = [];
    public IReadOnlyList<RelatedAdultInput> RelatedAdults { get; init; } = [];
}
