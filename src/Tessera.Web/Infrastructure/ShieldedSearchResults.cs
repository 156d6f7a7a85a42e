using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Children.Contracts;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// Search results respect shields as the child's page does: a shielded postcode shows as withheld, and a child found
/// only through a shielded alias is left out, because listing them would tell the searcher that the alias is theirs.
/// </summary>
public sealed class ShieldedSearchResults(TesseraDbContext db)
{
    public const string Withheld = "Withheld";

    /// <summary><paramref name="viewer"/> is null for an agency system, which sees no shielded item.</summary>
    public async Task<IReadOnlyList<ChildSearchResult>> ApplyAsync(IReadOnlyList<ChildSearchResult> results, PractitionerFacts? viewer, CancellationToken cancellationToken)
    {
        if (results.Count == 0)
        {
            return results;
        }

        var ids = results.Select(r => r.Id).ToList();
        var shields = await db.Shields.AsNoTracking().Include(s => s.Viewers)
            .Where(s => ids.Contains(s.ChildRecordId) && s.UnshieldedAt == null && (s.Target == ShieldTarget.ChildAddress || s.Target == ShieldTarget.Alias))
            .ToListAsync(cancellationToken);
        var hidden = shields.Where(s => viewer is null || !ShieldRules.CanSee(s, viewer)).ToList();
        if (hidden.Count == 0)
        {
            return results;
        }

        var aliasIds = hidden.Where(s => s.Target == ShieldTarget.Alias && s.TargetId is not null).Select(s => s.TargetId!.Value).ToList();
        var hiddenAliases = (await db.ChildAliases.AsNoTracking().Where(a => aliasIds.Contains(a.Id))
                .Select(a => new { a.ChildRecordId, Name = (a.GivenName + " " + a.FamilyName).Trim() })
                .ToListAsync(cancellationToken))
            .Select(a => (a.ChildRecordId, a.Name.ToUpperInvariant())).ToHashSet();
        var hiddenAddresses = hidden.Where(s => s.Target == ShieldTarget.ChildAddress).Select(s => s.ChildRecordId).ToHashSet();

        return results
            .Where(r => r.MatchedAlias is null || !hiddenAliases.Contains((r.Id, r.MatchedAlias.Trim().ToUpperInvariant())))
            .Select(r => hiddenAddresses.Contains(r.Id) && r.Postcode is not null ? r with { Postcode = Withheld } : r)
            .ToList();
    }
}
