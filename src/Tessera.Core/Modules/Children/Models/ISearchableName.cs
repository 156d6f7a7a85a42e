namespace Tessera.Core.Modules.Children.Models;

/// <summary>Upper-case name copies within one agency: what child records and their aliases share for name search.</summary>
public interface ISearchableName
{
    Guid AgencyId { get; }
    string GivenNameSearch { get; }
    string FamilyNameSearch { get; }
}
