using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Training;

/// <summary>An agency's training: each practitioner against each requirement. A DSL sees their own agency; an administrator picks any.</summary>
public sealed class AgencyTrainingModel(TesseraDbContext db, TrainingCompliance compliance, TimeProvider clock) : TesseraPage
{
    [BindProperty(SupportsGet = true)] public Guid? AgencyId { get; set; }

    public string AgencyName { get; private set; } = "";
    public bool ChoosesAgency { get; private set; }
    public IReadOnlyList<Choice> Agencies { get; private set; } = [];
    public IReadOnlyList<PractitionerCompliance> People { get; private set; } = [];
    public IReadOnlyList<TrainingRequirement> Requirements { get; private set; } = [];
    public Dictionary<Guid, string> Courses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        ChoosesAgency = User.HasRole(PractitionerRoles.PartnershipAdministrator);
        var agencyId = ChoosesAgency ? AgencyId ?? CurrentAgencyId : CurrentAgencyId;
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId);
        if (agency is null)
        {
            return NotFound();
        }

        AgencyId = agency.Id;
        AgencyName = agency.Name;
        if (ChoosesAgency)
        {
            Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new Choice(a.Id.ToString(), a.Name, null)).ToListAsync();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        People = await compliance.ForAgencyAsync(agency.Id, today);
        Requirements = await compliance.RequirementsAsync();
        Courses = await db.TrainingCourses.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Title);
        return Page();
    }

    public string Cell(PractitionerCompliance person, TrainingRequirement requirement) =>
        person.Statuses.FirstOrDefault(s => s.Requirement.Id == requirement.Id) is { } status
            ? $"{TrainingText.Tag(status.State)}<br><span class=\"govuk-body-s\">Due {TrainingText.Date(status.DueOn)}</span>"
            : "Not required";

    public static string GroupName(PriorityGroup group) => TrainingRules.GroupName(group);
}
