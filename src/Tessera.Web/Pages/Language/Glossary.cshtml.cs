using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Language.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Language;

/// <summary>
/// The shared vocabulary for every signed-in practitioner: each term, its plain-English definition and the agency
/// terms that mean it. The search is a plain "contains" over a few hundred rows in memory, so quotes and operators
/// in a query are just characters.
/// </summary>
public sealed class GlossaryModel(TesseraDbContext db) : TesseraPage
{
    public const int QueryMaxLength = 100;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }

    public IReadOnlyList<GlossaryEntry> Entries { get; private set; } = [];
    public bool Searched => !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync()
    {
        var terms = await db.VocabularyTerms.AsNoTracking().ToListAsync();
        var mappings = (await db.AgencyTermMappings.AsNoTracking().ToListAsync()).ToLookup(m => m.TermId);
        var all = terms.Select(t => new GlossaryEntry(t, mappings[t.Id].OrderBy(m => m.AgencyTerm, StringComparer.Ordinal)
            .Select(m => m.UsedBy == 0 ? m.AgencyTerm : $"{m.AgencyTerm} ({DisplayNames.For((AgencyType)m.UsedBy)})").ToList()));
        if (!Searched)
        {
            Entries = all.OrderBy(e => e.Term.Kind).ThenBy(e => e.Term.Term, StringComparer.OrdinalIgnoreCase).ToList();
            return;
        }

        var query = Query!.Trim();
        if (query.Length > QueryMaxLength)
        {
            query = query[..QueryMaxLength];
            Query = query;
        }

        var needle = VocabularyTerm.Normalise(query.Trim('"', '\'', '“', '”', '*'));
        Entries = all.Select(e => (Entry: e, Rank: Rank(e, needle)))
            .Where(r => r.Rank > 0)
            .OrderByDescending(r => r.Rank).ThenBy(r => r.Entry.Term.Term, StringComparer.OrdinalIgnoreCase)
            .Select(r => r.Entry).ToList();
    }

    /// <summary>An exact term or agency term first, then a term containing the words, then a definition containing them.</summary>
    private static int Rank(GlossaryEntry entry, string needle)
    {
        if (needle.Length == 0)
        {
            return 1;
        }

        if (entry.Term.NormalisedTerm == needle || entry.AgencyTerms.Any(a => VocabularyTerm.Normalise(a).Split(' ')[0] == needle))
        {
            return 4;
        }

        if (entry.Term.NormalisedTerm.Contains(needle, StringComparison.Ordinal))
        {
            return 3;
        }

        if (entry.AgencyTerms.Any(a => VocabularyTerm.Normalise(a).Contains(needle, StringComparison.Ordinal)))
        {
            return 2;
        }

        return VocabularyTerm.Normalise(entry.Term.Definition).Contains(needle, StringComparison.Ordinal) ? 1 : 0;
    }
}

public sealed record GlossaryEntry(VocabularyTerm Term, IReadOnlyList<string> AgencyTerms);
