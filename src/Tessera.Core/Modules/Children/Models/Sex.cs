namespace Tessera.Core.Modules.Children.Models;

public enum Sex
{
    NotKnown = 0,
    Female = 1,
    Male = 2,
    NotSpecified = 9,
}
