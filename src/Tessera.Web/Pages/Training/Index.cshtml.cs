using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Services;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Training;

public sealed class TrainingIndexModel(TesseraDbContext db, TrainingCompliance compliance, TimeProvider clock) : TesseraPage
{
    public PractitionerCompliance? Standing { get; private set; }
    public IReadOnlyList<(string Course, DateOnly On, string Evidence)> Completions { get; private set; } = [];
    public Dictionary<Guid, string> Courses { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Standing = await compliance.ForPractitionerAsync(CurrentPractitionerId, today);
        Courses = await db.TrainingCourses.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Title);
        Completions = (await db.TrainingCompletions.AsNoTracking().Where(c => c.PractitionerId == CurrentPractitionerId)
            .OrderByDescending(c => c.CompletedOn).Select(c => new { c.CourseId, c.CompletedOn, c.Evidence }).ToListAsync())
            .Select(c => (Courses.GetValueOrDefault(c.CourseId, ""), c.CompletedOn, c.Evidence)).ToList();
    }
}
