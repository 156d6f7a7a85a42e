namespace Tessera.Core.Modules.Children.Models;

/// <summary>
/// One agency's record of a child. Several agencies may hold records of the same child under different names;
/// record linkage (a later module) joins them, so this record belongs to its agency alone.
/// </summary>
public class ChildRecord : ISearchableName
{
    public const int NameMaxLength = 100;
    public const int AddressMaxLength = 300;
    public const int ReferenceMaxLength = 50;

    public Guid Id { get; set; }
    public Guid AgencyId { get; set; }
    public string? AgencyReference { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }

    /// <summary>Upper-case copies used for case-insensitive search on both databases.</summary>
    public string GivenNameSearch { get; set; } = "";
    public string FamilyNameSearch { get; set; } = "";
    public DateOnly DateOfBirth { get; set; }
    public Sex Sex { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? NhsNumber { get; set; }
    public string? UniquePupilNumber { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid CreatedById { get; set; }

    /// <summary>The team that works with the child; practitioners outside it (without a wider role) do not see the record.</summary>
    public Guid? TeamId { get; set; }

    /// <summary>The practitioner who holds the case: told of emergency access and shown who has viewed the record.</summary>
    public Guid? CaseHolderId { get; set; }

    /// <summary>Which retention schedule applies (see the Retention module).</summary>
    public string RetentionCode { get; set; } = "child-record";

    /// <summary>Changes on every save, so a stale edit is refused with a clear message instead of overwriting.</summary>
    public Guid Version { get; set; }
    public List<ChildAlias> Aliases { get; set; } = [];
    public List<RelatedAdult> RelatedAdults { get; set; } = [];

    public string FullName => $"{GivenName} {FamilyName}";

    public void RefreshSearchFields()
    {
        GivenNameSearch = GivenName.Trim().ToUpperInvariant();
        FamilyNameSearch = FamilyName.Trim().ToUpperInvariant();
        foreach (var alias in Aliases)
        {
            alias.AgencyId = AgencyId;
            alias.RefreshSearchFields();
        }
    }
}
