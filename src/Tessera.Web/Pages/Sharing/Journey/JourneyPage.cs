using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Journey;

/// <summary>
/// A page of the sharing journey: the owner's unfinished draft, the child's record (decided through the access
/// service, the read audited) and where "back", "next" and "ask for advice" go.
/// </summary>
public abstract class JourneyPage(JourneyServices services) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    /// <summary>Set when the page was opened from check answers, so saving returns there.</summary>
    [BindProperty(SupportsGet = true)] public bool Change { get; set; }

    public ShareDraft Draft { get; private set; } = null!;
    public string ChildName { get; private set; } = "";
    public bool HasShields { get; private set; }

    protected JourneyServices Services => services;

    protected TesseraDbContext Db => services.Db;

    public string AdviceUrl(string step) => AdvicePages.AskUrl(Id, JourneySteps.Url(Id, step));

    public string BackUrl(string step) =>
        Change ? JourneySteps.Url(Id, JourneySteps.Check)
        : JourneySteps.Previous(step, HasShields) is { } previous ? JourneySteps.Url(Id, previous) : $"/children/{Draft.ChildRecordId}";

    /// <summary>Loads the draft for its owner; false (answer 404) for anyone else, or when the child may no longer be used.</summary>
    protected async Task<bool> LoadAsync(string page)
    {
        if (await services.Drafts.OpenAsync(Id, CurrentPractitionerId) is not { } draft)
        {
            // Someone else's draft (or none): refused like any child data, and the refusal recorded against the child.
            var childId = await Db.ShareDrafts.Where(d => d.Id == Id).Select(d => (Guid?)d.ChildRecordId).SingleOrDefaultAsync();
            await services.Audit.RecordAsync(AuditAction.Denied, User.Actor(), "share-draft", Id, childId, new { page, reason = "not the draft's owner, or finished" });
            return false;
        }

        var decision = await services.Access.DecideAsync(User.Actor(), draft.ChildRecordId, AccessPurpose.RecordConcern);
        if (!decision.Allowed)
        {
            return false;
        }

        Draft = draft;
        ChildName = await Db.ChildRecords.AsNoTracking().Where(c => c.Id == draft.ChildRecordId)
            .Select(c => c.GivenName + " " + c.FamilyName).SingleAsync();
        HasShields = await Db.Shields.AsNoTracking().AnyAsync(s => s.ChildRecordId == draft.ChildRecordId && s.UnshieldedAt == null);
        await services.Audit.RecordAsync(AuditAction.Read, User.Actor(), "share-draft", draft.Id, draft.ChildRecordId,
            new { page }, decision.EmergencyAccessId);
        return true;
    }

    /// <summary>Saves the answer and goes on: to check answers when changing one, otherwise to the next question.</summary>
    protected async Task<IActionResult> SaveAndContinueAsync(string step)
    {
        await services.Drafts.SaveAsync(Draft, services.Clock.GetUtcNow());
        return Redirect(JourneySteps.Url(Id, Change ? JourneySteps.Check : JourneySteps.Next(step, HasShields)));
    }
}

/// <summary>What every journey page needs, in one constructor argument.</summary>
public sealed class JourneyServices(TesseraDbContext db, ShareDrafts drafts, AccessService access, AuditTrail audit, TimeProvider clock, IGatewayRegistry registry, ShareGateways gateways)
{
    public TesseraDbContext Db => db;
    public ShareDrafts Drafts => drafts;
    public AccessService Access => access;
    public AuditTrail Audit => audit;
    public TimeProvider Clock => clock;
    public IGatewayRegistry Registry => registry;
    public ShareGateways Gateways => gateways;
}
