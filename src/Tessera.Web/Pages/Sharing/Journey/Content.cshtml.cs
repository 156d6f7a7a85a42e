using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Journey;

/// <summary>What to share: the concerns, a summary with facts and opinion apart, the kinds of data, and a check on identities.</summary>
public sealed class ShareContentModel(JourneyServices services) : JourneyPage(services)
{
    public static readonly Choice[] DataChoices =
    [
        new(nameof(DataCategories.SpecialCategory), "Health, ethnicity, religion, sexual life or other special category information"),
        new(nameof(DataCategories.CriminalOffence), "Crimes, allegations or criminal records"),
    ];

    public static readonly Choice[] IdentityChoices =
    [
        new("yes", "I have checked that what I share does not identify anyone who could be harmed if it reached an abuser",
            "For example, someone who reported the concern, or a parent living in a refuge."),
    ];

    [BindProperty] public List<Guid> ConcernIds { get; set; } = [];
    [BindProperty] public string? SummaryFacts { get; set; }
    [BindProperty] public string? SummaryOpinion { get; set; }
    [BindProperty] public List<string> Data { get; set; } = [];

    [BindProperty(Name = "IdentitiesChecked")] public List<string> IdentitiesCheckedBox { get; set; } = [];

    public bool IdentitiesChecked { get; private set; }
    public IReadOnlyList<Choice> ConcernChoices { get; private set; } = [];
    public IReadOnlyList<string> ShieldedConcerns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(JourneySteps.Content))
        {
            return NotFound();
        }

        await LoadConcernsAsync();
        ConcernIds = Draft.Concerns.Select(c => c.ConcernId).ToList();
        SummaryFacts = Draft.SummaryFacts;
        SummaryOpinion = Draft.SummaryOpinion;
        Data = Enum.GetValues<DataCategories>().Where(d => d > DataCategories.PersonalData && (Draft.DataCategories ?? 0).HasFlag(d)).Select(d => d.ToString()).ToList();
        IdentitiesChecked = Draft.IdentitiesChecked == true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(JourneySteps.Content))
        {
            return NotFound();
        }

        await LoadConcernsAsync();
        IdentitiesChecked = IdentitiesCheckedBox.Contains("yes");
        var errors = new ValidationErrors();
        if (ConcernIds.Any(id => !ConcernChoices.Any(c => c.Value == id.ToString())))
        {
            errors.Add(nameof(ConcernIds), "Choose concerns from the list. Shielded concerns cannot be shared");
        }

        ShareValidator.Content(errors, SummaryFacts, SummaryOpinion);
        if (!IdentitiesChecked)
        {
            errors.Add("IdentitiesChecked", "Check that what you share does not identify anyone who could be harmed, then tick the box");
        }

        // Everything typed is kept, even when there are errors, so nothing is lost if the practitioner leaves now.
        Draft.SummaryFacts = ShareService.Clean(SummaryFacts);
        Draft.SummaryOpinion = ShareService.Clean(SummaryOpinion);
        Draft.DataCategories = Data.Aggregate(DataCategories.PersonalData, (all, d) => Enum.TryParse<DataCategories>(d, out var c) ? all | c : all);
        Draft.IdentitiesChecked = IdentitiesChecked;
        if (!errors.IsValid)
        {
            await Services.Drafts.SaveAsync(Draft, Services.Clock.GetUtcNow());
            ShowErrors(errors);
            return Page();
        }

        await Services.Drafts.ChooseConcernsAsync(Draft, ConcernIds, Services.Clock.GetUtcNow());
        return await SaveAndContinueAsync(JourneySteps.Content);
    }

    private async Task LoadConcernsAsync()
    {
        var concerns = await Db.Concerns.AsNoTracking().Where(c => c.ChildRecordId == Draft.ChildRecordId && c.AgencyId == Draft.AgencyId)
            .OrderByDescending(c => c.OccurredAt).Take(50)
            .Join(Db.ConcernCategories, c => c.CategoryCode, k => k.Code, (c, k) => new { c.Id, c.OccurredAt, Category = k.Name, c.WhatHappened })
            .ToListAsync();
        var shielded = await Db.Shields.AsNoTracking()
            .Where(s => s.ChildRecordId == Draft.ChildRecordId && s.UnshieldedAt == null && s.Target == ShieldTarget.Concern)
            .Select(s => s.TargetId).ToListAsync();
        ConcernChoices = concerns.Where(c => !shielded.Contains(c.Id))
            .Select(c => new Choice(c.Id.ToString(), $"{c.Category}, {Formats.DateTime(c.OccurredAt)}", Shorten(c.WhatHappened))).ToList();
        ShieldedConcerns = concerns.Where(c => shielded.Contains(c.Id)).Select(c => $"{c.Category}, {Formats.DateTime(c.OccurredAt)}").ToList();
    }

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..140] + "…";
}
