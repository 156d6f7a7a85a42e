using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Journey;

/// <summary>The lawful basis and gateway, suggested by the decision engine from the answers so far, confirmed by the practitioner.</summary>
public sealed class ShareBasisModel(JourneyServices services) : JourneyPage(services)
{
    public static readonly Choice[] Bases = Enum.GetValues<Article6Basis>().Select(b => new Choice(b.ToString(), SharingText.Basis(b))).ToArray();

    [BindProperty] public string? LawfulBasis { get; set; }
    [BindProperty] public string? GatewayCode { get; set; }

    public LawfulBasisSuggestion? Suggestion { get; private set; }
    public IReadOnlyList<Choice> Gateways { get; private set; } = [];
    private GatewayRegistrySnapshot _registry = null!;

    public string BasisText(Article6Basis basis) => SharingText.Basis(basis);

    public string? GatewayTitle(string? code) => code is null ? null : _registry.Find(code)?.Title;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(JourneySteps.Basis) || !await SuggestAsync())
        {
            return NotFound();
        }

        LawfulBasis = (Draft.LawfulBasis ?? Suggestion?.Article6)?.ToString();
        GatewayCode = Draft.GatewayCode ?? (Suggestion is { GatewayCodes.Count: > 0 } s ? s.GatewayCodes[0] : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(JourneySteps.Basis) || !await SuggestAsync())
        {
            return NotFound();
        }

        Article6Basis? basis = Enum.TryParse<Article6Basis>(LawfulBasis, out var b) && Enum.IsDefined(b) ? b : null;
        var errors = new ValidationErrors();
        ShareValidator.LawfulBasis(errors, basis, GatewayCode);
        if (errors.IsValid && !Gateways.Any(g => g.Value == GatewayCode))
        {
            errors.Add(nameof(GatewayCode), "Choose a legislative gateway from the list");
        }

        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return Page();
        }

        Draft.LawfulBasis = basis;
        Draft.GatewayCode = GatewayCode;
        Draft.GatewayRegistryVersion = _registry.Version;

        // The special category and criminal offence conditions follow the engine; they are shown on check answers.
        Draft.Article9 = Suggestion?.Article9;
        Draft.SpecialCategoryCondition = Suggestion?.SpecialCategoryCondition;
        Draft.CriminalOffenceCondition = Suggestion?.CriminalOffenceCondition;
        return await SaveAndContinueAsync(JourneySteps.Basis);
    }

    private async Task<bool> SuggestAsync()
    {
        _registry = await Services.Registry.CurrentAsync();
        Suggestion = await Services.Gateways.SuggestAsync(ShareDrafts.ToInput(Draft, []), Draft.AgencyId, _registry, HttpContext.RequestAborted);
        var suggested = (Suggestion?.GatewayCodes ?? []).ToList();
        Gateways = _registry.Gateways.Where(g => g.InForce)
            .OrderBy(g => suggested.Contains(g.Code) ? suggested.IndexOf(g.Code) : int.MaxValue)
            .Select(g => new Choice(g.Code, g.Title + (suggested.Contains(g.Code) ? " (suggested)" : ""), $"{g.AppliesTo}. {g.Allows}"))
            .ToList();
        return true;
    }
}
