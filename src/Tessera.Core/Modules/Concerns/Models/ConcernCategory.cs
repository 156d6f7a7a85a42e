namespace Tessera.Core.Modules.Concerns.Models;

/// <summary>A category in the partnership's shared concern taxonomy, held as data so it can be edited.</summary>
public class ConcernCategory
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
