using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.GovUk;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Concerns;

public sealed class ConcernDetailsModel(TesseraDbContext db, ConcernManagement management, TimeProvider clock) : TesseraPage
{
    private Dictionary<Guid, string> _names = [];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public Guid? ActionAssigneeId { get; set; }
    [BindProperty] public DateParts DueBy { get; set; } = new();
    [BindProperty] public Guid? AssigneeId { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Text { get; set; }

    public Concern Concern { get; private set; } = null!;
    public string ChildName { get; private set; } = "";
    public string CategoryName { get; private set; } = "";
    public bool IsOpen => Concern.Status == ConcernStatus.Open;
    public bool CanManage => User.HasRole(PractitionerRoles.DesignatedSafeguardingLead);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // Opening the concern is what an alert asks for, so its alerts for this practitioner are now read.
        await db.InboxItems.Where(i => i.RecipientId == CurrentPractitionerId && i.SubjectId == Id && i.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReadAt, clock.GetUtcNow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAddActionAsync()
    {
        if (!CanManage)
        {
            return Forbid();
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
        if (!CanManage)
        {
            return Forbid();
        }

        var outcome = await management.AssignAsync(Id, AssigneeId, StartProcess(ProcessType.ConcernAssigned, clock));
        return outcome.Succeeded ? Done("Concern assigned") : await RedisplayAsync(outcome.Errors);
    }

    public async Task<IActionResult> OnPostCloseAsync()
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var outcome = await management.CloseAsync(Id, Outcome, StartProcess(ProcessType.ConcernClosed, clock));
        return outcome.Succeeded ? Done("Concern closed") : await RedisplayAsync(outcome.Errors);
    }

    public async Task<IActionResult> OnPostAmendAsync()
    {
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
            Row("What happened (facts)", c.WhatHappened),
            Row("Practitioner's view (opinion)", c.PractitionerView ?? "None given"),
            Row("What the child said", c.ChildSaid ?? "Not recorded"),
            Row("How the child seemed", c.ChildSeemed ?? "Not recorded"),
            .. c.ChildVoiceNotRecordedReason is null ? Array.Empty<SummaryListRow?>() : [Row("Why the child's voice is not recorded", c.ChildVoiceNotRecordedReason)],
            Row("Owner", c.AssignedToId is { } owner ? NameOf(owner) : "Not assigned"),
            .. c.Status == ConcernStatus.Closed ? [Row("Outcome", $"{c.Outcome} (closed {Formats.DateTime(c.ClosedAt!.Value)})")] : Array.Empty<SummaryListRow?>(),
        ];
    }

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

    private async Task<bool> LoadAsync()
    {
        var concern = await db.Concerns.AsNoTracking().AsSplitQuery()
            .Include(c => c.Actions).Include(c => c.Amendments)
            .SingleOrDefaultAsync(c => c.Id == Id && c.AgencyId == CurrentAgencyId);
        if (concern is null)
        {
            return false;
        }

        Concern = concern;
        ChildName = await db.ChildRecords.Where(c => c.Id == concern.ChildRecordId).Select(c => c.GivenName + " " + c.FamilyName).SingleAsync();
        CategoryName = await db.ConcernCategories.Where(k => k.Code == concern.CategoryCode).Select(k => k.Name).SingleAsync();
        _names = await db.Users.AsNoTracking().Where(p => p.AgencyId == CurrentAgencyId).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        return true;
    }
}
