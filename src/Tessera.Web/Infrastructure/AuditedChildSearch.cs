using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Processes;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// The child search as the page and the API run it: every search is audited, and committed, before its results are
/// returned. The entry holds the kinds of term and their keyed hashes plus the ids returned, never the terms themselves.
/// </summary>
public sealed class AuditedChildSearch(ChildSearch search, AccessBatch access, AccessService facts, ShieldedSearchResults shields, AuditTrail audit, AuditTermHasher hasher)
{
    /// <summary>Searches, audits the ids in <paramref name="shown"/>'s slice of the results, and returns all of them.</summary>
    public async Task<IReadOnlyList<ChildSearchResult>> SearchAsync(Actor actor, Guid agencyId, string text, string channel,
        Func<IReadOnlyList<ChildSearchResult>, IEnumerable<ChildSearchResult>>? shown = null, CancellationToken cancellationToken = default)
    {
        var results = await search.SearchAsync(agencyId, text, cancellationToken);
        PractitionerFacts? viewer = null;
        if (actor.Kind == ActorKind.Practitioner && actor.Id is { } practitionerId && results.Count > 0)
        {
            viewer = await facts.PractitionerAsync(practitionerId, cancellationToken);
            // The agency's records narrowed to those the practitioner may see (their team's, their cases): a search must
            // not list a child whose record would then be refused.
            var decisions = await access.DecideAsync(viewer, results.Select(r => r.Id).ToList(), AccessPurpose.View, cancellationToken);
            results = results.Where(r => decisions.TryGetValue(r.Id, out var d) && d.Allowed).ToList();
        }

        results = await shields.ApplyAsync(results, viewer, cancellationToken);

        var returned = (shown?.Invoke(results) ?? results).Select(r => r.Id).ToArray();
        await audit.RecordAsync(AuditAction.Search, actor, "child-search", null, null,
            new { channel, terms = Terms(text), total = results.Count, ids = returned }, cancellationToken: cancellationToken);
        return results;
    }

    /// <summary>Most words of a name kept in an entry, so a long search still fits the entry's detail.</summary>
    public const int MaxAuditedWords = 10;

    /// <summary>Each term as its kind and keyed hash: one for an NHS number or a date of birth, one per word of a name.</summary>
    public IReadOnlyList<AuditedTerm> Terms(string text)
    {
        var query = ChildSearch.Interpret(text);
        var words = query.Kind == "name"
            ? query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [query.Text];

        // The search itself uses only the first and last words of a name, so those are always kept.
        var kept = words.Length <= MaxAuditedWords ? words : [.. words.Take(MaxAuditedWords - 1), words[^1]];
        return kept.Distinct(StringComparer.OrdinalIgnoreCase).Select(w => new AuditedTerm(query.Kind, hasher.Hash(query.Kind, w))).ToList();
    }

    public sealed record AuditedTerm(string Kind, string Hash);
}
