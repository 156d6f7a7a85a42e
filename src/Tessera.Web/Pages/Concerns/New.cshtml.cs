using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Language.Contracts;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Language;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Concerns;

public sealed class NewConcernModel(TesseraDbContext db, ConcernService concerns, AccessService access, AccessBatch batch, AuditTrail audit, TimeProvider clock, PlainLanguageChecker checker) : TesseraPage
{
    public static readonly Choice[] Levels = Enum.GetValues<LevelOfNeed>()
        .Select(l => new Choice(((int)l).ToString(CultureInfo.InvariantCulture), LevelOfNeedNames.For(l)))
        .ToArray();

    [BindProperty(SupportsGet = true)] public Guid ChildId { get; set; }
    [BindProperty] public string? CategoryCode { get; set; }
    [BindProperty] public string? LevelOfNeed { get; set; }
    [BindProperty] public string? WhatHappened { get; set; }
    [BindProperty] public string? PractitionerView { get; set; }
    [BindProperty] public string? ChildSaid { get; set; }
    [BindProperty] public string? ChildSeemed { get; set; }
    [BindProperty] public string? ChildVoiceNotRecordedReason { get; set; }
    [BindProperty] public DateParts OccurredOn { get; set; } = new();
    [BindProperty] public string? OccurredTime { get; set; }
    [BindProperty] public List<Guid> LinkedChildIds { get; set; } = [];

    /// <summary>Set once the wording hints have been shown: the next save goes ahead whatever they say.</summary>
    [BindProperty] public bool WordingChecked { get; set; }

    /// <summary>The plain-language check's findings for each free-text field, after a post.</summary>
    public Dictionary<string, IReadOnlyList<WordingFinding>> Wording { get; } = [];
    public bool ShowWordingStep { get; private set; }

    public string ChildName { get; private set; } = "";
    public IReadOnlyList<Choice> Categories { get; private set; } = [];
    public IReadOnlyList<Choice> OtherChildren { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var pageErrors = new ValidationErrors();
        var occurredAt = ReadOccurredAt(pageErrors);
        int? level = int.TryParse(LevelOfNeed, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null;
        var input = new RecordConcernInput
        {
            ChildRecordId = ChildId,
            CategoryCode = CategoryCode,
            LevelOfNeed = (LevelOfNeed?)level,
            WhatHappened = WhatHappened,
            PractitionerView = PractitionerView,
            ChildSaid = ChildSaid,
            ChildSeemed = ChildSeemed,
            ChildVoiceNotRecordedReason = ChildVoiceNotRecordedReason,
            OccurredAt = occurredAt,
            LinkedChildRecordIds = LinkedChildIds,
        };

        CheckWording();
        if (!pageErrors.IsValid)
        {
            // Show the service's checks too, so the practitioner fixes everything in one go.
            var all = ConcernValidator.Validate(input with { OccurredAt = null }, Categories.Select(c => c.Value).ToList(), clock.GetUtcNow());
            foreach (var error in pageErrors.All)
            {
                all.Add(error.Key, error.Value);
            }

            ShowErrors(all);
            return Page();
        }

        // A "check your wording" step, shown once and only when the concern would otherwise save: the hints advise,
        // the practitioner may save again unchanged.
        if (!WordingChecked && Wording.Values.Any(f => f.Count > 0)
            && ConcernValidator.Validate(input, Categories.Select(c => c.Value).ToList(), clock.GetUtcNow()).IsValid)
        {
            WordingChecked = true;
            ShowWordingStep = true;
            return Page();
        }

        var outcome = await concerns.RecordAsync(input, StartProcess(ProcessType.ConcernRecorded, clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors.Renamed(nameof(RecordConcernInput.OccurredAt), nameof(OccurredOn)));
            return Page();
        }

        TempData["Banner"] = "Concern saved. Your designated safeguarding lead has been told.";
        return Redirect($"/concerns/{outcome.Value!.Id}");
    }

    private void CheckWording()
    {
        Wording[nameof(WhatHappened)] = WordingReview.Check(checker, WhatHappened, WordingPurpose.Facts);
        Wording[nameof(PractitionerView)] = WordingReview.Check(checker, PractitionerView, WordingPurpose.View);
        Wording[nameof(ChildSeemed)] = WordingReview.Check(checker, ChildSeemed, WordingPurpose.Facts);
    }

    public IReadOnlyList<WordingFinding>? WordingFor(string field) => Wording.GetValueOrDefault(field);

    private DateTimeOffset? ReadOccurredAt(ValidationErrors errors)
    {
        var date = OccurredOn.Parse(errors, nameof(OccurredOn), "Date it happened", required: false);
        TimeOnly? time = null;
        if (!string.IsNullOrWhiteSpace(OccurredTime))
        {
            if (TimeOnly.TryParseExact(OccurredTime.Trim().Replace('.', ':'), ["H:mm", "HH:mm", "HHmm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                time = parsed;
            }
            else
            {
                errors.Add(nameof(OccurredTime), "Enter the time in the 24-hour clock, like 14:30");
            }
        }

        if (date is null && time is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Formats.FromUkTime(date ?? today, time ?? new TimeOnly(12, 0));
    }

    private async Task<bool> LoadAsync()
    {
        var decision = await access.DecideAsync(User.Actor(), ChildId, AccessPurpose.RecordConcern);
        if (!decision.Allowed)
        {
            return false;
        }

        var child = await db.ChildRecords.AsNoTracking()
            .Where(c => c.Id == ChildId)
            .Select(c => new { c.GivenName, c.FamilyName, c.Postcode, c.AgencyId })
            .SingleAsync();
        ChildName = $"{child.GivenName} {child.FamilyName}";
        Categories = await db.ConcernCategories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new Choice(c.Code, c.Name, c.Description)).ToListAsync();
        if (child.Postcode is not null)
        {
            // Children at the same address on the same record-holder's books, offered only where this practitioner
            // could record a concern about them too.
            var candidates = await db.ChildRecords.AsNoTracking()
                .Where(c => c.AgencyId == child.AgencyId && c.Postcode == child.Postcode && c.Id != ChildId)
                .OrderBy(c => c.DateOfBirth).Take(10)
                .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.DateOfBirth })
                .ToListAsync();
            var allowed = await batch.DecideAsync(CurrentPractitionerId, candidates.Select(c => c.Id).ToList(), AccessPurpose.RecordConcern);
            OtherChildren = candidates.Where(c => allowed[c.Id].Allowed)
                .Select(c => new Choice(c.Id.ToString(), $"{c.GivenName} {c.FamilyName}", $"Born {Formats.Date(c.DateOfBirth)}"))
                .ToList();
        }

        await audit.RecordAsync(AuditAction.Read, User.Actor(), "child", ChildId, ChildId,
            new { page = "record-concern", offered = OtherChildren.Select(c => c.Value).ToArray() }, decision.EmergencyAccessId);
        return true;
    }
}
