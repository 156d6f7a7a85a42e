using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>How one item shows to one viewer: not shielded, shielded but visible to them, or withheld from them.</summary>
public enum ShieldState
{
    None = 0,
    Visible = 1,
    Withheld = 2,
}

/// <summary>The active shields on some items, answered for one viewer. Pages ask this before rendering any value.</summary>
public sealed class ShieldedItems(IReadOnlyList<Shield> shields, IReadOnlyDictionary<Guid, string> agencyNames, PractitionerFacts viewer)
{
    public static ShieldedItems Empty(PractitionerFacts viewer) => new([], new Dictionary<Guid, string>(), viewer);

    public IReadOnlyList<Shield> Active => shields;

    public Shield? Find(ShieldTarget target, Guid? targetId = null) =>
        shields.FirstOrDefault(s => s.Target == target && (target == ShieldTarget.ChildAddress || s.TargetId == targetId));

    public ShieldState State(ShieldTarget target, Guid? targetId = null) => Find(target, targetId) switch
    {
        null => ShieldState.None,
        var shield when ShieldRules.CanSee(shield, viewer) => ShieldState.Visible,
        _ => ShieldState.Withheld,
    };

    public bool IsWithheld(ShieldTarget target, Guid? targetId = null) => State(target, targetId) == ShieldState.Withheld;

    /// <summary>The name of the agency that shielded the item, for the "Withheld — shielded by …" marker.</summary>
    public string OwnerName(ShieldTarget target, Guid? targetId = null) =>
        Find(target, targetId) is { } shield && agencyNames.TryGetValue(shield.OwningAgencyId, out var name) ? name : "the agency that holds it";
}

/// <summary>Loads active shields for display.</summary>
public sealed class ShieldLookup(TesseraDbContext db)
{
    public async Task<ShieldedItems> ForChildAsync(Guid childRecordId, PractitionerFacts viewer, CancellationToken cancellationToken = default) =>
        await LoadAsync(db.Shields.Where(s => s.ChildRecordId == childRecordId), viewer, cancellationToken);

    public async Task<ShieldedItems> ForConcernsAsync(IReadOnlyCollection<Guid> concernIds, PractitionerFacts viewer, CancellationToken cancellationToken = default) =>
        concernIds.Count == 0
            ? ShieldedItems.Empty(viewer)
            : await LoadAsync(db.Shields.Where(s => s.Target == ShieldTarget.Concern && s.TargetId != null && concernIds.Contains(s.TargetId.Value)), viewer, cancellationToken);

    private async Task<ShieldedItems> LoadAsync(IQueryable<Shield> query, PractitionerFacts viewer, CancellationToken cancellationToken)
    {
        var shields = await query.AsNoTracking().Where(s => s.UnshieldedAt == null).Include(s => s.Viewers).ToListAsync(cancellationToken);
        var agencyIds = shields.Select(s => s.OwningAgencyId).Distinct().ToList();
        var names = agencyIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return new ShieldedItems(shields, names, viewer);
    }
}
