using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Language.Contracts;
using Tessera.Core.Modules.Language.Models;
using Tessera.Core.Modules.Language.Services;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Language.Vocabulary;

/// <summary>Adds a term (no id) or changes one, showing every earlier version. What was typed is kept on any error.</summary>
public sealed class TermModel(TesseraDbContext db, VocabularyService vocabulary, TimeProvider clock) : TesseraPage
{
    public static readonly Choice[] Kinds = VocabularyKindNames.All
        .Select(k => new Choice(((int)k).ToString(CultureInfo.InvariantCulture), VocabularyKindNames.For(k))).ToArray();

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Term { get; set; }
    [BindProperty] public string? Definition { get; set; }
    [BindProperty] public Guid Version { get; set; }

    public IReadOnlyList<VocabularyTermVersion> History { get; private set; } = [];
    public bool Adding => Id is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (Adding)
        {
            return Page();
        }

        var term = await db.VocabularyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == Id);
        if (term is null)
        {
            return NotFound();
        }

        (Kind, Term, Definition, Version) = (((int)term.Kind).ToString(CultureInfo.InvariantCulture), term.Term, term.Definition, term.Version);
        await LoadHistoryAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Adding && !await db.VocabularyTerms.AnyAsync(t => t.Id == Id))
        {
            return NotFound();
        }

        VocabularyKind? kind = int.TryParse(Kind, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? (VocabularyKind)k : null;
        var input = new VocabularyTermInput(kind, Term, Definition, Version);
        var outcome = Adding
            ? await vocabulary.AddTermAsync(input, StartProcess(ProcessType.VocabularyTermAdded, clock))
            : await vocabulary.ChangeTermAsync(Id!.Value, input, StartProcess(ProcessType.VocabularyTermChanged, clock));
        if (outcome.Succeeded)
        {
            TempData["Banner"] = Adding ? $"\"{outcome.Value!.Term}\" added to the vocabulary" : $"\"{outcome.Value!.Term}\" saved as version {outcome.Value.VersionNumber}";
            return Redirect("/language/vocabulary");
        }

        if (!Adding)
        {
            // After a clash, take the saved version so saving again (having checked) works; keep what was typed.
            Version = await db.VocabularyTerms.Where(t => t.Id == Id).Select(t => t.Version).SingleAsync();
            await LoadHistoryAsync();
        }

        ShowErrors(outcome.Errors);
        return Page();
    }

    private async Task LoadHistoryAsync() =>
        History = await db.VocabularyTermVersions.AsNoTracking().Where(v => v.TermId == Id).OrderByDescending(v => v.Number).ToListAsync();
}
