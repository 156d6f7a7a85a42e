using Tessera.Core.Modules.Sharing.Models;

namespace Tessera.Web.Pages.Sharing.Journey;

/// <summary>
/// The questions of "Share information about a child", in order. The identities step appears only when the record has
/// shielded items to withhold, so the common safeguarding case is purpose, consent, recipient, content, family, basis,
/// check answers and sent: eight pages.
/// </summary>
public static class JourneySteps
{
    public const string Purpose = "purpose";
    public const string Consent = "consent";
    public const string Recipient = "recipient";
    public const string Content = "what-to-share";
    public const string Identities = "identities";
    public const string Family = "family";
    public const string Basis = "lawful-basis";
    public const string Check = "check";

    public static readonly string[] Order = [Purpose, Consent, Recipient, Content, Identities, Family, Basis];

    public static string Url(Guid draftId, string step) => $"/sharing/{draftId}/{step}";

    public static string Next(string step, bool hasShields)
    {
        var index = Array.IndexOf(Order, step) + 1;
        if (index < Order.Length && Order[index] == Identities && !hasShields)
        {
            index++;
        }

        return index < Order.Length ? Order[index] : Check;
    }

    public static string? Previous(string step, bool hasShields)
    {
        var index = step == Check ? Order.Length - 1 : Array.IndexOf(Order, step) - 1;
        if (index >= 0 && Order[index] == Identities && !hasShields)
        {
            index--;
        }

        return index >= 0 ? Order[index] : null;
    }

    /// <summary>The first question the draft has no answer to yet, so check answers cannot be reached by skipping.</summary>
    public static string? FirstUnanswered(ShareDraft draft, bool hasShields) =>
        draft.Purpose is null ? Purpose
        : draft.Consent is null ? Consent
        : draft.RecipientKind is null ? Recipient
        : draft.SummaryFacts is null || draft.IdentitiesChecked != true ? Content
        : draft.FamilyTold is null ? Family
        : draft.LawfulBasis is null || draft.GatewayCode is null ? Basis
        : null;
}
