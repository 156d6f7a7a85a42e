using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Barriers.Models;
using Tessera.Core.Modules.Barriers.Services;
using Tessera.Core.Processes;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Barriers;

/// <summary>A barrier report: the reporter sees it and the response; partnership leads also respond here. Anyone else gets 404.</summary>
public sealed class BarrierDetailsModel(TesseraDbContext db, BarrierReporting reporting, TimeProvider clock) : TesseraPage
{
    public static readonly Choice[] Statuses =
    [
        new(nameof(BarrierStatus.UnderReview), "We are looking into it", "The practitioner sees that their report is being looked at."),
        new(nameof(BarrierStatus.Responded), "Respond to the practitioner", "They get a message in their inbox."),
    ];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? ResponseText { get; set; }

    public BarrierReport Report { get; private set; } = null!;
    public bool IsLead => User.HasRole(BarrierReporting.Leads);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Version = Report.Version;
        ResponseText = Report.Response;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync() || !IsLead)
        {
            return NotFound();
        }

        var outcome = await reporting.RespondAsync(Id, Version, Status, ResponseText, StartProcess(ProcessType.BarrierResponded, clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors.Renamed("Response", nameof(ResponseText)));
            return Page();
        }

        TempData["Banner"] = outcome.Value!.Status == BarrierStatus.Responded ? "Response sent to the practitioner." : "Marked as being looked at.";
        return Redirect("/barriers/triage");
    }

    private async Task<bool> LoadAsync()
    {
        var report = await db.BarrierReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == Id);
        if (report is null || (report.ReportedById != CurrentPractitionerId && !IsLead))
        {
            return false;
        }

        Report = report;
        return true;
    }
}
