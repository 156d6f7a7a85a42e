using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Language.Contracts;
using Tessera.Core.Modules.Language.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.GovUk;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Language;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Concerns;

/// <summary>
/// One concern. Access is decided on the child the concern is about (View to read, RecordConcern to add a correction,
/// Manage for the DSL's actions); a shielded concern shows only "withheld" to those who may not see it.
/// </summary>
public sealed class ConcernDetailsModel(
    TesseraDbContext db,
    ConcernManagement management,
    AccessService access,
    ShieldLookup shieldLookup,
    AuditTrail audit,
    TimeProvider clock,
    VocabularyLookup vocabulary) : TesseraPage
{
    private Dictionary<Guid, string> _names = [];
    private AgencyTermIndex _terms = AgencyTermIndex.Empty;
    private int? _agencyType;

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public Guid? ActionAssigneeId { get; set; }
    [BindProperty] public DateParts DueBy { get; set; } = new();
    [BindProperty] public Guid? AssigneeId { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Text { get; set; }

    /// <summary>The concern's version when the form was shown, so a stale assignment or closing is refused.</summary>
    [BindProperty] public Guid? Version { get; set; }

    public Concern Concern { get; private set; } = null!;
    public string ChildName { get; private set; } = "";
    public string CategoryName { get; private set; } = "";
    public string AgencyName { get; private set; } = "";
    public bool IsOpen => Concern.Status == ConcernStatus.Open;
    public AccessDecision Access { get; private set; } = AccessDecision.Deny("not decided");
    public bool CanManage { get; private set; }
    public bool CanAmend { get; private set; }
    public bool CanShield { get; private set; }

    /// <summary>Where the DSL lifts this concern's shield; null when it is not shielded or they may not.</summary>
    public string? UnshieldHref { get; private set; }
    public ShieldState Shield { get; private set; }
    public string ShieldOwner { get; private set; } = "";
    public bool Withheld => Shield == ShieldState.Withheld;
    public WhyCanISee Why => new(Access.Relationships, AgencyName);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await db.MarkReadAsync(CurrentPractitionerId, Id, clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAddActionAsync()
    {
        if (!await AllowedAsync(AccessPurpose.Manage))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var due = DueBy.Parse(errors, nameof(DueBy), "Due by", required: false);
        if (!errors.IsValid)
        {
            return await RedisplayAsync(errors);
        }

        var outcome = await management.AddActionAsync(Id, Description, ActionAssigneeId, due, StartProcess(ProcessType.ConcernActionAdded, clock));
        return outcome.Succeeded ? Done("Action added") : await RedisplayAsync(outcome.Errors.Renamed("AssignedToId", nameof(ActionAssigneeId)));
    }

    public async Task<IActionResult> OnPostAssignAsync()
    {
        if (!await AllowedAsync(AccessPurpose.Manage))
        {
            return NotFound();
        }

        var outcome = await management.AssignAsync(Id, AssigneeId, StartProcess(ProcessType.ConcernAssigned, clock), Version);
        return outcome.Succeeded ? Done("Concern assigned") : await RedisplayAsync(outcome.Errors);
    }

    public async Task<IActionResult> OnPostCloseAsync()
    {
        if (!await AllowedAsync(AccessPurpose.Manage))
        {
            return NotFound();
        }

        var outcome = await management.CloseAsync(Id, Outcome, StartProcess(ProcessType.ConcernClosed, clock), Version);
        return outcome.Succeeded ? Done("Concern closed") : await RedisplayAsync(outcome.Errors);
    }

    public async Task<IActionResult> OnPostAmendAsync()
    {
        if (!await AllowedAsync(AccessPurpose.RecordConcern))
        {
            return NotFound();
        }

        var outcome = await management.AmendAsync(Id, Text, StartProcess(ProcessType.ConcernAmended, clock));
        return outcome.Succeeded ? Done("Correction added") : await RedisplayAsync(outcome.Errors);
    }

    public string NameOf(Guid practitionerId) => _names.TryGetValue(practitionerId, out var name) ? name : "someone who has left";

    public IEnumerable<Choice> ColleagueChoices(bool optional)
    {
        var choices = _names.OrderBy(n => n.Value).Select(n => new Choice(n.Key.ToString(), n.Value));
        return optional ? choices.Prepend(new Choice("", "Nobody yet")) : choices.Prepend(new Choice("", "Choose a colleague"));
    }

    public List<SummaryListRow?> Rows()
    {
        var c = Concern;
        return
        [
            Row("When it happened", Formats.DateTime(c.OccurredAt)),
            Row("Recorded", $"{Formats.DateTime(c.RecordedAt)} by {NameOf(c.RecordedById)}"),
            Row("Level of need", LevelOfNeedNames.For(c.LevelOfNeed)),
            TermsRow("What happened (facts)", c.WhatHappened),
            TermsRow("Practitioner's view (opinion)", c.PractitionerView ?? "None given"),
            Row("What the child said", c.ChildSaid ?? "Not recorded"),
            TermsRow("How the child seemed", c.ChildSeemed ?? "Not recorded"),
            .. c.ChildVoiceNotRecordedReason is null ? Array.Empty<SummaryListRow?>() : [Row("Why the child's voice is not recorded", c.ChildVoiceNotRecordedReason)],
            Row("Owner", c.AssignedToId is { } owner ? NameOf(owner) : "Not assigned"),
            .. c.Status == ConcernStatus.Closed ? [Row("Outcome", $"{c.Outcome} (closed {Formats.DateTime(c.ClosedAt!.Value)})")] : Array.Empty<SummaryListRow?>(),
        ];
    }

    /// <summary>Free text with each agency term followed by the shared term (the child's own words are left as said).</summary>
    private SummaryListRow TermsRow(string key, string value) =>
        new() { Key = new SummaryListCell { Text = key }, Value = new SummaryListCell { Html = AgencyTermMarkup.Html(value, _terms, _agencyType) } };

    private static SummaryListRow Row(string key, string value) =>
        new() { Key = new SummaryListCell { Text = key }, Value = new SummaryListCell { Text = value } };

    private RedirectResult Done(string message)
    {
        TempData["Banner"] = message;
        return Redirect($"/concerns/{Id}");
    }

    private async Task<IActionResult> RedisplayAsync(ValidationErrors errors)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        ShowErrors(errors);
        return Page();
    }

    /// <summary>
    /// Whether the practitioner may act on this concern for the purpose: decided on its child, and refused when the
    /// concern is withheld from them. A concern that does not exist is refused (and audited) the same way.
    /// </summary>
    private async Task<bool> AllowedAsync(AccessPurpose purpose)
    {
        var concern = await db.Concerns.AsNoTracking().Where(c => c.Id == Id).Select(c => new { c.ChildRecordId }).SingleOrDefaultAsync();
        if (concern is null)
        {
            await audit.RecordAsync(AuditAction.Denied, User.Actor(), "concern", Id, null, new { purpose = purpose.ToString(), reason = "no such record" });
            return false;
        }

        Access = await access.DecideAsync(User.Actor(), concern.ChildRecordId, purpose);
        if (!Access.Allowed)
        {
            return false;
        }

        var who = (await access.PractitionerAsync(CurrentPractitionerId))!;
        var shields = await shieldLookup.ForConcernsAsync([Id], who);
        if (shields.IsWithheld(ShieldTarget.Concern, Id))
        {
            await audit.RecordAsync(AuditAction.Denied, User.Actor(), "concern", Id, concern.ChildRecordId, new { purpose = purpose.ToString(), reason = "shielded" });
            return false;
        }

        return true;
    }

    private async Task<bool> LoadAsync()
    {
        var concern = await db.Concerns.AsNoTracking().AsSplitQuery()
            .Include(c => c.Actions).Include(c => c.Amendments)
            .SingleOrDefaultAsync(c => c.Id == Id);
        if (concern is null)
        {
            await audit.RecordAsync(AuditAction.Denied, User.Actor(), "concern", Id, null, new { purpose = nameof(AccessPurpose.View), reason = "no such record" });
            return false;
        }

        Access = await access.DecideAsync(User.Actor(), concern.ChildRecordId, AccessPurpose.View);
        var facts = Access.Allowed ? await access.FactsAsync(CurrentPractitionerId, concern.ChildRecordId) : null;
        if (facts is null)
        {
            return false;
        }

        var shields = await shieldLookup.ForConcernsAsync([concern.Id], facts.Practitioner);
        Shield = shields.State(ShieldTarget.Concern, concern.Id);
        ShieldOwner = shields.OwnerName(ShieldTarget.Concern, concern.Id);
        CanManage = !Withheld && AccessPolicy.Decide(facts, AccessPurpose.Manage).Allowed;
        CanAmend = !Withheld && AccessPolicy.Decide(facts, AccessPurpose.RecordConcern).Allowed;
        CanShield = !Withheld && Shield == ShieldState.None && AccessPolicy.Decide(facts, AccessPurpose.Shield).Allowed;
        UnshieldHref = Shield == ShieldState.Visible && AccessPolicy.Decide(facts, AccessPurpose.Unshield).Allowed
            && shields.Find(ShieldTarget.Concern, concern.Id) is { } active
            ? $"/children/{concern.ChildRecordId}/shields/{active.Id}/unshield"
            : null;
        ChildName = await db.ChildRecords.Where(c => c.Id == concern.ChildRecordId).Select(c => c.GivenName + " " + c.FamilyName).SingleAsync();
        AgencyName = await db.Agencies.Where(a => a.Id == concern.AgencyId).Select(a => a.Name).SingleAsync();
        if (Withheld)
        {
            // Nothing of the concern itself reaches the page: only that it exists and who shielded it.
            Concern = new Concern { Id = concern.Id, ChildRecordId = concern.ChildRecordId, AgencyId = concern.AgencyId, CategoryCode = "", WhatHappened = "" };
            CategoryName = "withheld";
        }
        else
        {
            Concern = concern;
            _terms = await vocabulary.IndexAsync();
            _agencyType = (int)await db.Agencies.Where(a => a.Id == concern.AgencyId).Select(a => a.Type).SingleAsync();
            CategoryName = await db.ConcernCategories.Where(k => k.Code == concern.CategoryCode).Select(k => k.Name).SingleAsync();
            _names = await db.Users.AsNoTracking().Where(p => p.AgencyId == concern.AgencyId).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
            // The version now, so after a conflict the practitioner can check the concern and submit again.
            Version = concern.Version;
        }

        // Recorded before the page is sent, so no look at a child goes unaccounted for.
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "concern", concern.Id, concern.ChildRecordId,
            new { page = "concern", withheld = Withheld }, Access.EmergencyAccessId);
        return true;
    }
}
