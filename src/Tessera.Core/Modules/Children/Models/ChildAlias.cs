namespace Tessera.Core.Modules.Children.Models;

/// <summary>Another name the child is known by ("also known as").</summary>
public class ChildAlias : ISearchableName
{
    public Guid Id { get; set; }
    public Guid ChildRecordId { get; set; }

    /// <summary>The agency of the record, copied here so a name search can stay within one agency's aliases.</summary>
    public Guid AgencyId { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public string GivenNameSearch { get; set; } = "";
    public string FamilyNameSearch { get; set; } = "";

    public void RefreshSearchFields()
    {
        GivenNameSearch = GivenName.Trim().ToUpperInvariant();
        FamilyNameSearch = FamilyName.Trim().ToUpperInvariant();
    }
}
