using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Gateways;
using Tessera.Core.Processes;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Gateways;

/// <summary>
/// A partnership administrator proposes adding, changing or withdrawing a gateway. "Change" starts from the
/// gateway's current wording (?code=), so the administrator edits rather than retypes the law.
/// </summary>
[Authorize(Policy = Policies.Administers)]
public sealed class ProposeModel(GatewayRegistry registry, GatewayRegistryAdministration administration, TimeProvider clock) : TesseraPage
{
    public static readonly Choice[] Changes =
    [
        new(nameof(GatewayChangeKind.Add), "Add a gateway"),
        new(nameof(GatewayChangeKind.Amend), "Change a gateway"),
        new(nameof(GatewayChangeKind.Withdraw), "Withdraw a gateway", "Only the code and the reason are needed."),
    ];

    public static readonly Choice[] Kinds =
    [
        new(nameof(GatewayKind.Duty), "Duty", "The law requires the agency to do something."),
        new(nameof(GatewayKind.Power), "Power", "The law allows, but does not require, sharing."),
        new(nameof(GatewayKind.Framework), "Framework", "Governs how every share is made; not suggested as a gateway."),
    ];

    public static readonly Choice[] AgencyTypes = Enum.GetValues<AgencyType>()
        .Select(t => new Choice(((int)t).ToString(CultureInfo.InvariantCulture), DisplayNames.For(t))).ToArray();

    public static readonly Choice[] PurposeChoices = Enum.GetValues<SharingPurpose>()
        .Select(p => new Choice(((int)p).ToString(CultureInfo.InvariantCulture), SharingDisplayNames.For(p))).ToArray();

    public static readonly Choice[] Options =
    [
        new("InForce", "In force", "Leave unticked for a law not yet commenced."),
        new("CreatesLegalObligation", "Creates a legal obligation to share", "Then Tessera suggests Article 6(1)(c) legal obligation."),
        new("CriminalOffenceData", "Only for criminal offence data"),
    ];

    [BindProperty] public string? Change { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? AppliesTo { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Allows { get; set; }
    [BindProperty] public List<string> SenderTypes { get; set; } = [];
    [BindProperty] public List<string> RecipientTypes { get; set; } = [];
    [BindProperty] public List<string> Purposes { get; set; } = [];
    [BindProperty] public List<string> Flags { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync()
    {
        Flags = ["InForce"];
        if (Code is null || (await registry.CurrentAsync()).Find(Code) is not { } existing)
        {
            return;
        }

        Change = nameof(GatewayChangeKind.Amend);
        Code = existing.Code;
        Title = existing.Title;
        AppliesTo = existing.AppliesTo;
        Kind = existing.Kind.ToString();
        Allows = existing.Allows;
        SenderTypes = existing.SenderTypes.Select(t => ((int)t).ToString(CultureInfo.InvariantCulture)).ToList();
        RecipientTypes = existing.RecipientTypes.Select(t => ((int)t).ToString(CultureInfo.InvariantCulture)).ToList();
        Purposes = existing.Purposes.Select(p => ((int)p).ToString(CultureInfo.InvariantCulture)).ToList();
        Flags = [.. existing.InForce ? ["InForce"] : Array.Empty<string>(), .. existing.CreatesLegalObligation ? ["CreatesLegalObligation"] : Array.Empty<string>(),
            .. existing.RequiresData.HasFlag(DataCategories.CriminalOffence) ? ["CriminalOffenceData"] : Array.Empty<string>()];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var proposed = await administration.ProposeAsync(new ProposeGatewayChangeInput
        {
            Change = Parse<GatewayChangeKind>(Change),
            Code = Code,
            Title = Title,
            AppliesTo = AppliesTo,
            Kind = Parse<GatewayKind>(Kind),
            Allows = Allows,
            SenderTypes = Numbers<AgencyType>(SenderTypes),
            RecipientTypes = Numbers<AgencyType>(RecipientTypes),
            Purposes = Numbers<SharingPurpose>(Purposes),
            RequiresData = Flags.Contains("CriminalOffenceData") ? DataCategories.CriminalOffence : DataCategories.None,
            InForce = Flags.Contains("InForce"),
            CreatesLegalObligation = Flags.Contains("CreatesLegalObligation"),
            Reason = Reason,
        }, StartProcess(ProcessType.GatewayChangeProposed, clock));
        if (!proposed.Succeeded)
        {
            ShowErrors(proposed.Errors);
            return Page();
        }

        TempData["Banner"] = "Change proposed. It takes effect when the local authority, the integrated care board and the police have each approved it.";
        return Redirect($"/sharing/gateways/proposals/{proposed.Value!.Id}");
    }

    private static T? Parse<T>(string? value)
        where T : struct, Enum => Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;

    private static List<T> Numbers<T>(IEnumerable<string> values)
        where T : struct, Enum => values
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (T?)Enum.ToObject(typeof(T), n) : null)
            .Where(v => v is { } t && Enum.IsDefined(t))
            .Select(v => v!.Value)
            .ToList();
}
