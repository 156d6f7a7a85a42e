using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Processes;

namespace Tessera.Web.Pages.Sharing.Journey;

/// <summary>Check answers, then send. A refused share keeps the draft as it was and says which answer to change.</summary>
public sealed class ShareCheckModel(JourneyServices services, ShareService shares, IServiceProvider provider) : JourneyPage(services)
{
    public sealed record Row(string Key, string Value, string Step);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string ChangeUrl(string step) => $"{JourneySteps.Url(Id, step)}?change=true";

    /// <summary>The question whose answer a send error is about.</summary>
    public static string StepFor(string field) => field switch
    {
        nameof(SendShareInput.Purpose) or nameof(SendShareInput.PurposeOther) => JourneySteps.Purpose,
        nameof(SendShareInput.Consent) or nameof(SendShareInput.ConsentNotSoughtReason) or nameof(SendShareInput.ConsentNote) => JourneySteps.Consent,
        nameof(SendShareInput.RecipientKind) or nameof(SendShareInput.RecipientAgencyId) or nameof(SendShareInput.RecipientTeamId)
            or nameof(SendShareInput.RecipientPractitionerId) => JourneySteps.Recipient,
        nameof(SendShareInput.FamilyTold) or nameof(SendShareInput.FamilyNotToldReason) => JourneySteps.Family,
        nameof(SendShareInput.LawfulBasis) or nameof(SendShareInput.GatewayCode) => JourneySteps.Basis,
        _ => JourneySteps.Content,
    };

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(JourneySteps.Check))
        {
            return NotFound();
        }

        if (JourneySteps.FirstUnanswered(Draft, HasShields) is { } missing)
        {
            return Redirect(JourneySteps.Url(Id, missing));
        }

        await BuildRowsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(JourneySteps.Check))
        {
            return NotFound();
        }

        var advice = provider.GetService<IAdviceRequests>() is { } requests
            ? (await requests.AnsweredForDraftAsync(Id, CurrentPractitionerId)).Select(a => a.Id).ToList()
            : [];
        var outcome = await shares.SendAsync(ShareDrafts.ToInput(Draft, advice), StartProcess(ProcessType.ShareSent, Services.Clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            await BuildRowsAsync();
            return Page();
        }

        TempData["Banner"] = "Information shared. The recipient has been told and your decision is recorded.";
        return Redirect($"/sharing/sent/{outcome.Value!.Id}");
    }

    private async Task BuildRowsAsync()
    {
        var d = Draft;
        var names = await Db.Agencies.AsNoTracking().Where(a => a.Id == d.RecipientAgencyId).Select(a => a.Name).SingleOrDefaultAsync() ?? "";
        var recipient = d.RecipientKind switch
        {
            ShareRecipientKind.Team => $"{await Db.Teams.Where(t => t.Id == d.RecipientTeamId).Select(t => t.Name).SingleOrDefaultAsync()}, {names}",
            ShareRecipientKind.Practitioner => $"{await Db.Users.Where(p => p.Id == d.RecipientPractitionerId).Select(p => p.DisplayName).SingleOrDefaultAsync()}, {names}",
            _ => names,
        };
        var concernIds = d.Concerns.Select(c => c.ConcernId).ToList();
        var concerns = await Db.Concerns.AsNoTracking().Where(c => concernIds.Contains(c.Id))
            .Join(Db.ConcernCategories, c => c.CategoryCode, k => k.Code, (c, k) => k.Name + ", " + c.WhatHappened).ToListAsync();
        var registry = await Services.Registry.CurrentAsync();
        var rows = new List<Row>
        {
            new("Why you are sharing", d.Purpose is { } p ? SharingText.Purpose(p) + (d.PurposeOther is null ? "" : $": {d.PurposeOther}") : "", JourneySteps.Purpose),
            new("Consent", (d.Consent is { } c ? SharingText.Consent(c) : "") + (d.ConsentNotSoughtReason is { } r ? $": {SharingText.NotSought(r).ToLowerInvariant()}" : "")
                + (d.ConsentNote is null ? "" : $"\n{d.ConsentNote}"), JourneySteps.Consent),
            new("Sharing with", recipient, JourneySteps.Recipient),
            new("Concerns", concerns.Count == 0 ? "None" : string.Join("\n", concerns), JourneySteps.Content),
            new("Summary of the facts", d.SummaryFacts ?? "", JourneySteps.Content),
            new("Your view", d.SummaryOpinion ?? "None", JourneySteps.Content),
            new("Family told", d.FamilyTold == true ? "Yes" : $"No: {d.FamilyNotToldReason}", JourneySteps.Family),
            new("Lawful basis", (d.LawfulBasis is { } b ? SharingText.Basis(b) : "")
                + (d.SpecialCategoryCondition is { } sc ? $"\n{SharingText.Schedule1(sc)}" : "")
                + (d.CriminalOffenceCondition is { } cc ? $"\nCriminal offence data: {SharingText.Schedule1(cc)}" : ""), JourneySteps.Basis),
            new("Legislative gateway", registry.Find(d.GatewayCode ?? "")?.Title ?? d.GatewayCode ?? "", JourneySteps.Basis),
        };
        Rows = rows;
    }
}
