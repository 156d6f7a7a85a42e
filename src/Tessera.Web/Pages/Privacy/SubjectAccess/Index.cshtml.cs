using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Modules.Retention.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Privacy.SubjectAccess;

/// <summary>
/// Find a child among the agency's records, choose the child or one of their related adults (or name an adult by full
/// name and postcode) and download the export. Everything is posted, so no name or identifier reaches a URL or a log.
/// </summary>
public sealed class SubjectAccessModel(TesseraDbContext db, PrivacyChildSearch finder, SubjectAccessExport export, TimeProvider clock) : TesseraPage
{
    public sealed record Candidate(ChildSearchResult Child, IReadOnlyList<(Guid Id, string Name, string Relationship)> Adults);

    [BindProperty] public string? Q { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? AdultName { get; set; }
    [BindProperty] public string? AdultPostcode { get; set; }

    public IReadOnlyList<Candidate>? Results { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostSearchAsync()
    {
        var errors = new ValidationErrors();
        await SearchAsync(errors);
        ShowErrors(errors);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync()
    {
        var request = Subject?.Split(':') is [var kind, var id] && Guid.TryParse(id, out var subjectId)
            ? kind switch
            {
                "child" => new SubjectAccessRequest { ChildRecordId = subjectId },
                "adult" => new SubjectAccessRequest { RelatedAdultId = subjectId },
                _ => null,
            }
            : null;
        if (request is null)
        {
            var errors = new ValidationErrors();
            errors.Add(nameof(Subject), "Choose the child or one of the adults to export");
            await SearchAsync(new ValidationErrors());
            ShowErrors(errors);
            return Page();
        }

        return await ExportAsync(request, redisplaySearch: true);
    }

    public async Task<IActionResult> OnPostAdultAsync() =>
        await ExportAsync(new SubjectAccessRequest { AdultName = AdultName ?? "", AdultPostcode = AdultPostcode ?? "" }, redisplaySearch: false);

    private async Task<IActionResult> ExportAsync(SubjectAccessRequest request, bool redisplaySearch)
    {
        var outcome = await export.ExportAsync(request, StartProcess(ProcessType.SubjectAccessExport, clock));
        if (outcome.Succeeded)
        {
            return File(outcome.Value!.Content, "application/zip", outcome.Value.FileName);
        }

        if (redisplaySearch)
        {
            await SearchAsync(new ValidationErrors());
        }

        ShowErrors(outcome.Errors.Renamed("ChildRecordId", nameof(Subject)).Renamed("RelatedAdultId", nameof(Subject)));
        return Page();
    }

    private async Task SearchAsync(ValidationErrors errors)
    {
        var results = await finder.FindAsync(Q, User.Actor(), errors);
        if (results is null)
        {
            return;
        }

        var ids = results.Select(r => r.Id).ToList();
        var adults = await db.RelatedAdults.AsNoTracking().Where(a => ids.Contains(a.ChildRecordId))
            .OrderBy(a => a.Name).Select(a => new { a.Id, a.ChildRecordId, a.Name, a.Relationship }).ToListAsync();
        var shieldedTarget = ShieldTarget.RelatedAdult;
        var shielded = await db.Shields.AsNoTracking()
            .Where(s => s.UnshieldedAt == null && s.Target == shieldedTarget && ids.Contains(s.ChildRecordId) && s.TargetId != null)
            .Select(s => s.TargetId!.Value).ToListAsync();
        Results = results.Select(r => new Candidate(r, adults.Where(a => a.ChildRecordId == r.Id)
            .Select(a => (a.Id, shielded.Contains(a.Id) ? "An adult whose details are shielded" : a.Name, a.Relationship.ToString().ToLowerInvariant())).ToList())).ToList();
    }

    // No postcode: it may be shielded, and a privacy officer is not among those who may see a shielded address.
    public IEnumerable<Choice> Choices() => (Results ?? []).SelectMany(c =>
        c.Adults.Select(a => new Choice($"adult:{a.Id}", a.Name, $"Recorded as {Article(a.Relationship)} of {c.Child.GivenName} {c.Child.FamilyName}"))
            .Prepend(new Choice($"child:{c.Child.Id}", $"{c.Child.GivenName} {c.Child.FamilyName}",
                $"Child, born {Formats.Date(c.Child.DateOfBirth)}")));

    private static string Article(string relationship) => relationship switch
    {
        "householdmember" => "a household member",
        _ => $"a {relationship}",
    };
}
