using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Training.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Training;

public sealed class CoursesModel(TesseraDbContext db) : TesseraPage
{
    public IReadOnlyList<TrainingCourse> Courses { get; private set; } = [];
    public IReadOnlyList<TrainingRequirement> Requirements { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Courses = await db.TrainingCourses.AsNoTracking().OrderBy(c => c.Title).ToListAsync();
        Requirements = await db.TrainingRequirements.AsNoTracking().OrderBy(r => r.Group).ToListAsync();
    }
}
