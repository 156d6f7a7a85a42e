using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Language.Contracts;
using Tessera.Core.Modules.Language.Models;
using Tessera.Core.Modules.Language.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Language.Vocabulary;

/// <summary>Maps an agency's own term to a shared term (no id), or changes a mapping.</summary>
public sealed class AgencyTermModel(TesseraDbContext db, VocabularyService vocabulary, TimeProvider clock) : TesseraPage
{
    public static readonly Choice[] Agencies =
        [new Choice("0", "Any agency"), .. Enum.GetValues<AgencyType>().Select(t => new Choice(((int)t).ToString(CultureInfo.InvariantCulture), DisplayNames.For(t)))];

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public string? AgencyTerm { get; set; }
    [BindProperty] public string? UsedBy { get; set; }
    [BindProperty] public string? TermId { get; set; }
    [BindProperty] public Guid Version { get; set; }

    public IReadOnlyList<Choice> Terms { get; private set; } = [];
    public IReadOnlyList<AgencyTermMappingVersion> History { get; private set; } = [];
    public bool Adding => Id is null;

    public string TermName(Guid id) => Terms.FirstOrDefault(t => t.Value == id.ToString())?.Text ?? "";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadTermsAsync();
        if (Adding)
        {
            UsedBy = "0";
            return Page();
        }

        var mapping = await db.AgencyTermMappings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == Id);
        if (mapping is null)
        {
            return NotFound();
        }

        (AgencyTerm, UsedBy, TermId, Version) = (mapping.AgencyTerm, mapping.UsedBy.ToString(CultureInfo.InvariantCulture), mapping.TermId.ToString(), mapping.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Adding && !await db.AgencyTermMappings.AnyAsync(m => m.Id == Id))
        {
            return NotFound();
        }

        var usedBy = int.TryParse(UsedBy, NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : -1;
        var input = new AgencyTermMappingInput(AgencyTerm, usedBy, Guid.TryParse(TermId, out var t) ? t : null, Version);
        var outcome = Adding
            ? await vocabulary.MapAsync(input, StartProcess(ProcessType.AgencyTermMapped, clock))
            : await vocabulary.ChangeMappingAsync(Id!.Value, input, StartProcess(ProcessType.AgencyTermMappingChanged, clock));
        if (outcome.Succeeded)
        {
            TempData["Banner"] = $"\"{outcome.Value!.AgencyTerm}\" saved";
            return Redirect("/language/vocabulary");
        }

        if (!Adding)
        {
            Version = await db.AgencyTermMappings.Where(m => m.Id == Id).Select(m => m.Version).SingleAsync();
        }

        await LoadTermsAsync();
        ShowErrors(outcome.Errors);
        return Page();
    }

    private async Task LoadTermsAsync()
    {
        if (!Adding)
        {
            History = await db.AgencyTermMappingVersions.AsNoTracking().Where(v => v.MappingId == Id).OrderByDescending(v => v.Number).ToListAsync();
        }

        Terms = [new Choice("", "Choose a shared term"), .. (await db.VocabularyTerms.AsNoTracking().Select(t => new { t.Id, t.Term }).ToListAsync())
            .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).Select(t => new Choice(t.Id.ToString(), t.Term))];
    }
}
