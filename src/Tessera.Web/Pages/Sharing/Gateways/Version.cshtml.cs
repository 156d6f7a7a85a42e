using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Gateways;

/// <summary>One past or current version, as a decision made under it would have seen it.</summary>
public sealed class VersionModel(IGatewayRegistry registry) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public int Number { get; set; }

    public GatewayRegistrySnapshot Snapshot { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var snapshot = await registry.VersionAsync(Number);
        if (snapshot is null)
        {
            return NotFound();
        }

        Snapshot = snapshot;
        return Page();
    }
}
