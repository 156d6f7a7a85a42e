namespace Tessera.Linkage.Records;

/// <summary>One agency's record of a person as it arrived: raw text, any field may be blank.</summary>
public sealed record PersonRecord
{
    public required string Id { get; init; }

    public string? Given { get; init; }

    public string? Family { get; init; }

    public string? DateOfBirth { get; init; }

    public string? Sex { get; init; }

    public string? Postcode { get; init; }

    public string? Address { get; init; }

    public string? Town { get; init; }

    public string? NhsNumber { get; init; }

    public string? Email { get; init; }
}
