namespace Tessera.Core.Modules.Children.Models;

public enum AdultRelationship
{
    Parent = 1,
    Carer = 2,
    HouseholdMember = 3,
}
