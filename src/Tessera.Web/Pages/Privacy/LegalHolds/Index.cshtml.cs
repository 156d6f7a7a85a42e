using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Privacy.SubjectAccess;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Privacy.LegalHolds;

/// <summary>Find the child whose record must be kept (the search is posted, never put in a URL).</summary>
public sealed class LegalHoldsModel(PrivacyChildSearch finder) : TesseraPage
{
    [BindProperty] public string? Q { get; set; }

    public IReadOnlyList<ChildSearchResult>? Results { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new ValidationErrors();
        Results = await finder.FindAsync(Q, User.Actor(), errors);
        ShowErrors(errors);
        return Page();
    }
}
