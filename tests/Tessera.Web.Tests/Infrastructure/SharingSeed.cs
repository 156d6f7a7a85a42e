using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Processes;

namespace Tessera.Web.Tests.Infrastructure;

/// <summary>Shares, drafts and decisions arranged through the sharing services.</summary>
public static class SharingSeed
{
    /// <summary>A valid safeguarding share of <paramref name="concern"/> from <paramref name="by"/> to a named practitioner.</summary>
    public static async Task<Share> ShareAsync(this TesseraApp app, Practitioner by, Concern concern, Practitioner to) =>
        await ShareAsync(app, by, concern, new SendShareInput { RecipientKind = ShareRecipientKind.Practitioner, RecipientAgencyId = to.AgencyId, RecipientPractitionerId = to.Id });

    /// <summary>The same share addressed to a whole agency, whose safeguarding leads and front door receive it.</summary>
    public static async Task<Share> ShareWithAgencyAsync(this TesseraApp app, Practitioner by, Concern concern, Guid agencyId) =>
        await ShareAsync(app, by, concern, new SendShareInput { RecipientKind = ShareRecipientKind.Agency, RecipientAgencyId = agencyId });

    private static async Task<Share> ShareAsync(TesseraApp app, Practitioner by, Concern concern, SendShareInput recipient)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ShareService>().SendAsync(recipient with
        {
            ChildRecordId = concern.ChildRecordId,
            Purpose = SharingPurpose.Safeguarding,
            Consent = ConsentState.NotSought,
            ConsentNotSoughtReason = ConsentNotSoughtReason.WouldIncreaseRisk,
            Concerns = [new ChosenConcern(concern.Id)],
            SummaryFacts = "Bruising seen on both arms.",
            FamilyTold = false,
            FamilyNotToldReason = "It could put the child at greater risk.",
            LawfulBasis = Article6Basis.PublicTask,
            GatewayCode = "CA2004-S11",
        }, ProcessContext.Start(ProcessType.ShareSent, Actor.ForPractitioner(by.Id, by.AgencyId), app.Clock));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.All.Select(e => $"{e.Key}: {e.Value}")));
        return outcome.Value!;
    }

    public static async Task<ShareDraft> DraftAsync(this TesseraApp app, Practitioner by, Guid childId, Guid? concernId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ShareDrafts>()
            .StartAsync(childId, concernId, ProcessContext.Start(ProcessType.ShareDraftStarted, Actor.ForPractitioner(by.Id, by.AgencyId), app.Clock));
    }

    public static async Task<NotSharedDecision> NotSharedAsync(this TesseraApp app, Practitioner by, Guid childId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ShareService>().RecordNotSharedAsync(
            new RecordNotSharedInput { ChildRecordId = childId, Reason = NotSharedReason.NoSafeguardingRelevance },
            ProcessContext.Start(ProcessType.NotSharedDecisionRecorded, Actor.ForPractitioner(by.Id, by.AgencyId), app.Clock));
        return outcome.Value!;
    }
}
