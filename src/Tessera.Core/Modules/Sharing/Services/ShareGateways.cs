using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Decisions;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>
/// Checks the chosen gateway against the registry in force and records its version, with what the decision engine
/// would have suggested, so the record shows both the law as understood then and whether the practitioner departed from it.
/// </summary>
public sealed class ShareGateways(TesseraDbContext db, IGatewayRegistry registry)
{
    public sealed record Checked(int RegistryVersion, LawfulBasisSuggestion? Suggestion);

    public async Task<Checked> CheckAsync(SendShareInput input, Guid senderAgencyId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var current = await registry.CurrentAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(input.GatewayCode) && current.Find(input.GatewayCode.Trim()) is not { InForce: true })
        {
            errors.Add(nameof(SendShareInput.GatewayCode), "Choose a legislative gateway from the partnership's registry");
        }

        return new Checked(current.Version, await SuggestAsync(input, senderAgencyId, current, cancellationToken));
    }

    /// <summary>The engine's suggestion for these answers, or null while the answers it needs are missing.</summary>
    public async Task<LawfulBasisSuggestion?> SuggestAsync(SendShareInput input, Guid senderAgencyId, GatewayRegistrySnapshot registryVersion, CancellationToken cancellationToken)
    {
        if (input.Purpose is not { } purpose || input.Consent is not { } consent || input.RecipientAgencyId is not { } recipient)
        {
            return null;
        }

        var types = await db.Agencies.Where(a => a.Id == senderAgencyId || a.Id == recipient).Select(a => new { a.Id, a.Type }).ToListAsync(cancellationToken);
        if (types.FirstOrDefault(t => t.Id == senderAgencyId) is not { } sender || types.FirstOrDefault(t => t.Id == recipient) is not { } to)
        {
            return null;
        }

        var facts = new SharingFacts(sender.Type, to.Type, purpose, consent, input.ConsentNotSoughtReason, input.DataCategories);
        return LawfulBasisEngine.Suggest(facts, registryVersion);
    }
}
