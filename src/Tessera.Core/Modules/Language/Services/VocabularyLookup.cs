using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Language.Contracts;

namespace Tessera.Core.Modules.Language.Services;

/// <summary>Builds the agency-term index from the current mappings, once per request (the table is small).</summary>
public sealed class VocabularyLookup(TesseraDbContext db)
{
    private AgencyTermIndex? index;

    public async Task<AgencyTermIndex> IndexAsync(CancellationToken cancellationToken = default)
    {
        if (index is not null)
        {
            return index;
        }

        var entries = await (from m in db.AgencyTermMappings.AsNoTracking()
                             join t in db.VocabularyTerms.AsNoTracking() on m.TermId equals t.Id
                             select new AgencyTermEntry(m.AgencyTerm, m.UsedBy, t.Term, t.Definition))
            .ToListAsync(cancellationToken);
        return index = new AgencyTermIndex(entries);
    }
}
