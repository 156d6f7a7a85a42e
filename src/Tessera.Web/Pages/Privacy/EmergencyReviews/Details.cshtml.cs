using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.GovUk;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Emergency;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Privacy.EmergencyReviews;

/// <summary>
/// One use of emergency access: who, why, for how long, every page they opened under it, and the review.
/// Opening it is audited (naming the child's record id only); other agencies' uses are "not found".
/// </summary>
public sealed class DetailsModel(TesseraDbContext db, EmergencyAccessService emergencies, TimeProvider clock) : TesseraPage
{
    public static readonly Choice[] Outcomes =
    [
        new(((int)EmergencyReview.Appropriate).ToString(CultureInfo.InvariantCulture), "Appropriate", "There was an emergency and the practitioner needed the record."),
        new(((int)EmergencyReview.Inappropriate).ToString(CultureInfo.InvariantCulture), "Inappropriate", "The practitioner should not have used emergency access. They will be told."),
    ];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }

    public EmergencyUse Use { get; private set; } = null!;
    public DateTimeOffset? EndedAt { get; private set; }
    public IReadOnlyList<EmergencyRead> Reads { get; private set; } = [];
    public string? ReviewerName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await db.MarkReadAsync(CurrentPractitionerId, Id, clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        int? outcome = int.TryParse(Outcome, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : null;
        var reviewed = await emergencies.ReviewAsync(Id, (EmergencyReview?)outcome, Note, StartProcess(ProcessType.EmergencyAccessReviewed, clock));
        if (!reviewed.Succeeded)
        {
            if (!await LoadAsync())
            {
                return NotFound();
            }

            ShowErrors(reviewed.Errors);
            return Page();
        }

        TempData["Banner"] = $"Review saved: {EmergencyText.For(reviewed.Value!.ReviewOutcome).ToLowerInvariant()}.";
        return Redirect("/privacy/emergency-reviews");
    }

    public List<SummaryListRow?> Rows()
    {
        var now = clock.GetUtcNow();
        return
        [
            Row("Practitioner", $"{Use.PractitionerName}, {Use.PractitionerAgency}"),
            Row("Reason", EmergencyText.For(Use.Reason)),
            Row("What they wrote", Use.ReasonText),
            Row("Started", Formats.DateTime(Use.StartedAt)),
            EndedAt is { } ended
                ? Row("Ended", $"{Formats.DateTime(ended)} (ended early by the practitioner)")
                : Row(Use.ExpiresAt > now ? "Expires" : "Expired", Formats.DateTime(Use.ExpiresAt)),
        ];
    }

    private async Task<bool> LoadAsync()
    {
        var use = await emergencies.OpenForReviewAsync(User.Actor(), Id);
        if (use is null)
        {
            return false;
        }

        Use = use;
        EndedAt = await emergencies.EndedAtAsync(Id);
        Reads = await emergencies.ReadsAsync(Id);
        if (use.ReviewOutcome is not null)
        {
            ReviewerName = await db.EmergencyAccesses.Where(e => e.Id == Id)
                .Join(db.Users, e => e.ReviewedById, p => p.Id, (e, p) => p.DisplayName)
                .SingleOrDefaultAsync();
        }

        return true;
    }

    private static SummaryListRow Row(string key, string value) =>
        new() { Key = new SummaryListCell { Text = key }, Value = new SummaryListCell { Text = value } };
}
