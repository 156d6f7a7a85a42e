using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Advice;

public static class AdviceText
{
    public static readonly Choice[] Roles =
    [
        new(nameof(AdviserRole.DesignatedSafeguardingLead), "Your designated safeguarding lead (DSL)", "For whether and what to share to keep a child safe."),
        new(nameof(AdviserRole.PrivacyOfficer), "Your privacy officer", "For questions about data protection or confidentiality."),
    ];

    public static string For(AdviserRole role) => role == AdviserRole.DesignatedSafeguardingLead ? "Designated safeguarding lead" : "Privacy officer";

    public static string For(AdviceStatus status) => status == AdviceStatus.Open ? "Waiting for advice" : "Answered";
}
