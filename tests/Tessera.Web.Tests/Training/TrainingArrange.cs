using Microsoft.EntityFrameworkCore;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Training;

/// <summary>Training data for page tests, each in its own new agency so tests sharing an app never meet.</summary>
public static class TrainingArrange
{
    public static DateOnly Today(this TesseraApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    public static async Task<(Guid Id, string Name)> AgencyAsync(this TesseraApp app)
    {
        await using var db = app.CreateDbContext();
        var partnershipId = await db.Agencies.Where(a => a.Id == app.Partnership.SchoolId).Select(a => a.PartnershipId).SingleAsync();
        var agency = new Agency { Id = Guid.CreateVersion7(), PartnershipId = partnershipId, Name = Seed.Unique("Agency "), Type = AgencyType.School, CreatedAt = app.Clock.GetUtcNow() };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return (agency.Id, agency.Name);
    }

    /// <summary>A practitioner inducted <paramref name="daysAgo"/> days ago, with the essentials course done on <paramref name="completedOn"/> if given.</summary>
    public static async Task<Practitioner> PersonAsync(this TesseraApp app, Guid agencyId, int daysAgo, DateOnly? completedOn = null, PractitionerRoles roles = PractitionerRoles.Practitioner)
    {
        var person = await app.PractitionerAsync(agencyId, roles);
        await using var db = app.CreateDbContext();
        var saved = await db.Users.SingleAsync(p => p.Id == person.Id);
        saved.CreatedAt = app.Clock.GetUtcNow().AddDays(-daysAgo);
        if (completedOn is { } on)
        {
            db.TrainingCompletions.Add(new TrainingCompletion { Id = Guid.CreateVersion7(), PractitionerId = person.Id, CourseId = TrainingDefaults.EssentialsId, CompletedOn = on, Evidence = "Arranged", RecordedAt = app.Clock.GetUtcNow() });
        }

        await db.SaveChangesAsync();
        return saved;
    }
}
