using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Infrastructure;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

/// <summary>
/// Finds a child. The search is sent by POST and the results come back in its response, so a name, a date of birth or
/// an NHS number never appears in an address, where server logs, proxies and browser history would keep it.
/// </summary>
public sealed class IndexModel(AuditedChildSearch search) : TesseraPage
{
    public const int PageSize = 20;

    [BindProperty]
    public string? Q { get; set; }

    /// <summary>The page of results to show, counted from 1; the previous and next buttons post it back with the search.</summary>
    [BindProperty]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ChildSearchResult>? Results { get; private set; }

    public IReadOnlyList<ChildSearchResult> Shown => Results is null ? [] : Slice(Results).ToList();

    public int PageCount => Results is null ? 0 : Math.Max(1, (Results.Count + PageSize - 1) / PageSize);

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        var errors = new ValidationErrors();
        errors.Required("q", Q, "Enter a name, date of birth or NHS number");
        errors.MaxLength("q", Q, 200, "Search text");
        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return;
        }

        Results = await search.SearchAsync(User.Actor(), CurrentAgencyId, Q!, "page", Slice, HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
    }

    private IEnumerable<ChildSearchResult> Slice(IReadOnlyList<ChildSearchResult> all)
    {
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        return all.Skip((Math.Clamp(PageNumber, 1, pages) - 1) * PageSize).Take(PageSize);
    }
}
