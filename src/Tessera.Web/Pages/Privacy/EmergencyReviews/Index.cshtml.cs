using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Privacy.EmergencyReviews;

/// <summary>Uses of emergency access to the privacy officer's agency's records: those waiting for review, or those reviewed.</summary>
public sealed class IndexModel(EmergencyAccessService emergencies) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }

    public bool Reviewed => Show == "reviewed";

    public IReadOnlyList<EmergencyUse> Uses { get; private set; } = [];

    public async Task OnGetAsync() => Uses = await emergencies.ForReviewAsync(User.Actor(), Reviewed);
}
