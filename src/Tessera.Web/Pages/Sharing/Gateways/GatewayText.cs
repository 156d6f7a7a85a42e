using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Gateways;
using Tessera.GovUk;

namespace Tessera.Web.Pages.Sharing.Gateways;

public static class GatewayText
{
    public static string For(GatewayChangeKind change) => change switch
    {
        GatewayChangeKind.Add => "Add a gateway",
        GatewayChangeKind.Amend => "Change a gateway",
        _ => "Withdraw a gateway",
    };

    public static string Types(IReadOnlyList<AgencyType> types) => types.Count == 0 ? "Any agency" : string.Join(", ", types.Select(DisplayNames.For));

    public static string Purposes(IReadOnlyList<SharingPurpose> purposes) =>
        purposes.Count == 0 ? "Any purpose" : string.Join(", ", purposes.Select(SharingDisplayNames.For));

    /// <summary>The registry as a table: what a gateway is for people, and when the engine suggests it.</summary>
    public static TableOptions Table(IReadOnlyList<GatewayEntry> gateways, string caption) => new()
    {
        Caption = caption,
        CaptionClasses = "govuk-table__caption--m",
        Head = [new TableCell { Text = "Gateway" }, new TableCell { Text = "Who it applies to" }, new TableCell { Text = "Duty or power" }, new TableCell { Text = "What it allows" }],
        Rows = gateways.Select(g => (IList<TableCell>?)new List<TableCell>
        {
            new() { Html = $"{Enc(g.Title)}<br><span class=\"govuk-body-s\">{Enc(g.Code)}</span>" + (g.InForce ? "" : "<br>" + GovUkComponents.Tag(new TagOptions { Text = "Not in force", Classes = "govuk-tag--grey" })) },
            new() { Text = g.AppliesTo },
            new() { Text = SharingDisplayNames.For(g.Kind) + (g.CreatesLegalObligation ? " (legal obligation)" : "") },
            new() { Html = $"{Enc(g.Allows)}<br><span class=\"govuk-body-s\">Suggested when: {Enc(Types(g.SenderTypes))} shares with {Enc(Types(g.RecipientTypes).ToLowerInvariant())}; {Enc(Purposes(g.Purposes).ToLowerInvariant())}{(g.RequiresData.HasFlag(DataCategories.CriminalOffence) ? "; criminal offence data" : "")}</span>" },
        }).ToList(),
    };

    private static string Enc(string s) => System.Net.WebUtility.HtmlEncode(s);
}
