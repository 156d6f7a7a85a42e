using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

public sealed class IndexModel(ChildSearch search) : TesseraPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ChildSearchResult>? Results { get; private set; }

    public async Task OnGetAsync()
    {
        if (!Request.Query.ContainsKey("q"))
        {
            return;
        }

        var errors = new ValidationErrors();
        errors.Required("q", Q, "Enter a name, date of birth or NHS number");
        errors.MaxLength("q", Q, 200, "Search text");
        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return;
        }

        Results = await search.SearchAsync(CurrentAgencyId, Q!);
    }
}
