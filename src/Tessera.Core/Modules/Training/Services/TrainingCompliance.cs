using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Models;

namespace Tessera.Core.Modules.Training.Services;

/// <summary>
/// Reads training standing for a practitioner, an agency or the whole partnership, as at a date. Induction is taken as
/// the day the practitioner's account was created, the one start date Tessera holds.
/// </summary>
public sealed class TrainingCompliance(TesseraDbContext db)
{
    public async Task<IReadOnlyList<TrainingRequirement>> RequirementsAsync(CancellationToken cancellationToken = default) =>
        await db.TrainingRequirements.AsNoTracking().OrderBy(r => r.Group).ToListAsync(cancellationToken);

    public async Task<PractitionerCompliance?> ForPractitionerAsync(Guid practitionerId, DateOnly today, CancellationToken cancellationToken = default) =>
        (await ForAsync(db.Users.Where(p => p.Id == practitionerId), today, cancellationToken)).SingleOrDefault();

    /// <summary>Every active practitioner of the agency, by name.</summary>
    public async Task<IReadOnlyList<PractitionerCompliance>> ForAgencyAsync(Guid agencyId, DateOnly today, CancellationToken cancellationToken = default) =>
        await ForAsync(db.Users.Where(p => p.AgencyId == agencyId && !p.IsDisabled), today, cancellationToken);

    /// <summary>
    /// Counts by agency and priority group as at the end of <paramref name="asAt"/>: people in the group who had an
    /// account by then, and how many of them were not overdue. Optionally for one agency.
    /// </summary>
    public async Task<IReadOnlyList<ComplianceFigure>> FiguresAsync(DateOnly asAt, Guid? agencyId = null, CancellationToken cancellationToken = default)
    {
        var end = new DateTimeOffset(asAt.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyId == null || a.Id == agencyId)
            .OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var people = db.Users.Where(p => !p.IsDisabled && p.CreatedAt < end && (agencyId == null || p.AgencyId == agencyId));
        var standings = await ForAsync(people, asAt, cancellationToken);
        var agencyOf = await people.Select(p => new { p.Id, p.AgencyId }).ToDictionaryAsync(p => p.Id, p => p.AgencyId, cancellationToken);
        var requirements = await RequirementsAsync(cancellationToken);
        var byAgencyAndGroup = standings
            .SelectMany(s => s.Statuses.Select(st => (Agency: agencyOf[s.PractitionerId], st.Requirement.Group, st.IsCompliant)))
            .GroupBy(x => (x.Agency, x.Group))
            .ToDictionary(g => g.Key, g => (People: g.Count(), Compliant: g.Count(x => x.IsCompliant)));
        return agencies
            .SelectMany(a => requirements.Select(r => r.Group).Distinct().Select(group =>
            {
                var (count, compliant) = byAgencyAndGroup.GetValueOrDefault((a.Id, group));
                return new ComplianceFigure(a.Id, a.Name, group, count, compliant);
            }))
            .ToList();
    }

    private async Task<IReadOnlyList<PractitionerCompliance>> ForAsync(IQueryable<Practitioner> practitioners, DateOnly today, CancellationToken cancellationToken)
    {
        var people = await practitioners.AsNoTracking().OrderBy(p => p.DisplayName)
            .Select(p => new { p.Id, p.DisplayName, p.JobTitle, p.Roles, p.CreatedAt }).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var requirements = await RequirementsAsync(cancellationToken);
        var completions = (await db.TrainingCompletions.AsNoTracking()
            .Where(c => ids.Contains(c.PractitionerId) && c.CompletedOn <= today)
            .GroupBy(c => new { c.PractitionerId, c.CourseId })
            .Select(g => new { g.Key.PractitionerId, g.Key.CourseId, CompletedOn = g.Max(c => c.CompletedOn) })
            .ToListAsync(cancellationToken))
            .ToLookup(c => c.PractitionerId, c => new TrainingCompletion { PractitionerId = c.PractitionerId, CourseId = c.CourseId, CompletedOn = c.CompletedOn, Evidence = "" });
        return people.Select(p => new PractitionerCompliance(p.Id, p.DisplayName, p.JobTitle,
                TrainingRules.StatusesFor(p.Roles, DateOnly.FromDateTime(p.CreatedAt.UtcDateTime), requirements, completions[p.Id], today)))
            .ToList();
    }
}
