using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Language.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Language.Vocabulary;

/// <summary>The shared vocabulary for partnership administrators to keep: terms and the agency terms that map to them.</summary>
public sealed class VocabularyModel(TesseraDbContext db) : TesseraPage
{
    public IReadOnlyList<VocabularyTerm> Terms { get; private set; } = [];
    public IReadOnlyList<AgencyTermMapping> Mappings { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Terms = (await db.VocabularyTerms.AsNoTracking().ToListAsync())
            .OrderBy(t => t.Kind).ThenBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList();
        Mappings = (await db.AgencyTermMappings.AsNoTracking().ToListAsync())
            .OrderBy(m => m.AgencyTerm, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.UsedBy).ToList();
    }

    public string TermName(Guid id) => Terms.FirstOrDefault(t => t.Id == id)?.Term ?? "";
}
