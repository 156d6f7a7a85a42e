using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Practice.Contracts;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Core.Modules.Practice.Services;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Practice;

/// <summary>Search the published good-practice examples. The search is not about a child, so it can sit in the address.</summary>
public sealed class PracticeIndexModel(PracticeSearch search) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }

    public IReadOnlyList<PracticeSearchHit> Results { get; private set; } = [];

    public bool Searched => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Theme) || !string.IsNullOrWhiteSpace(Tag) || !string.IsNullOrWhiteSpace(Agency);

    public async Task OnGetAsync()
    {
        // Unknown filter values are ignored rather than refused: a filter only narrows a search.
        var theme = Enum.TryParse<PracticeThemes>(Theme, out var t) && PracticeThemeNames.All.Contains(t) ? t : PracticeThemes.None;
        AgencyType? agency = Enum.TryParse<AgencyType>(Agency, out var a) && Enum.IsDefined(a) && !int.TryParse(Agency, out _) ? a : null;
        Results = await search.SearchAsync(new PracticeSearchQuery(Q, theme, Tag, agency, Limit: 50));
    }
}
