using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Sharing.Advice;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Processes;
using Tessera.GovUk;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Sharing.Advice;

/// <summary>
/// One request: the requester sees the answer and the way back to their decision; an adviser of the same agency
/// answers it. Anyone else gets "not found", so a request's existence is not revealed.
/// </summary>
public sealed class DetailsModel(TesseraDbContext db, AdviceService advice, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public Guid Version { get; set; }

    public AdviceRequestView Advice { get; private set; } = null!;
    public bool IsRequester => Advice.RequesterId == CurrentPractitionerId;
    public bool CanAnswer { get; private set; }
    public string? RequesterName { get; private set; }
    public string? AdviserName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Version = await advice.VersionOfAsync(Id);
        await db.MarkReadAsync(CurrentPractitionerId, Id, clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync() || !CanAnswer)
        {
            return NotFound();
        }

        var answered = await advice.AnswerAsync(Id, Answer, Version, StartProcess(ProcessType.AdviceAnswered, clock));
        if (!answered.Succeeded)
        {
            await LoadAsync();
            Version = await advice.VersionOfAsync(Id);
            ShowErrors(answered.Errors);
            return Page();
        }

        TempData["Banner"] = "Your advice has been sent. The practitioner has been told.";
        return Redirect("/sharing/advice");
    }

    public List<SummaryListRow?> Rows()
    {
        var rows = new List<SummaryListRow?>
        {
            Row("Question", Advice.Question),
            Row("Summary", Advice.AnonymisedSummary),
            Row("Asked", IsRequester ? $"{AdviceText.For(Advice.AskRole)}, {Formats.DateTime(Advice.AskedAt)}" : $"By {RequesterName}, {Formats.DateTime(Advice.AskedAt)}"),
            Row("Status", AdviceText.For(Advice.Status)),
        };
        if (Advice.Answer is { } answer)
        {
            rows.Add(Row("Advice", answer));
            rows.Add(Row("Answered", $"By {AdviserName}, {Formats.DateTime(Advice.AnsweredAt!.Value)}"));
        }

        return rows;
    }

    private async Task<bool> LoadAsync()
    {
        var request = await advice.GetAsync(Id, CurrentPractitionerId);
        if (request is null)
        {
            return false;
        }

        Advice = request;
        CanAnswer = request.Status == AdviceStatus.Open && await advice.MayAdviseAsync(request, CurrentPractitionerId);
        var names = await db.Users.Where(p => p.Id == request.RequesterId || p.Id == request.AnsweredById)
            .Select(p => new { p.Id, p.DisplayName }).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        RequesterName = names.GetValueOrDefault(request.RequesterId);
        AdviserName = request.AnsweredById is { } by ? names.GetValueOrDefault(by) : null;
        return true;
    }

    private static SummaryListRow Row(string key, string value) =>
        new() { Key = new SummaryListCell { Text = key }, Value = new SummaryListCell { Text = value } };
}
