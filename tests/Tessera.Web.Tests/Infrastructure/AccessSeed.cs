using Microsoft.EntityFrameworkCore;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;

namespace Tessera.Web.Tests.Infrastructure;

/// <summary>Arrangements for access tests: a fuller child record, team and case holder, audit entries.</summary>
public static class AccessSeed
{
    /// <summary>A child with an address, another name and a parent, each with a unique marker to look for in HTML.</summary>
    public static async Task<(ChildRecord Child, string Address, string Alias, string Parent)> FullChildAsync(this TesseraApp app, Practitioner by)
    {
        var address = Seed.Unique("Refuge Road ");
        var alias = Seed.Unique("Aliasname");
        var parent = Seed.Unique("Parentname ");
        await using var db = app.CreateDbContext();
        var process = ProcessContext.Start(ProcessType.ChildRecordCreated, Actor.ForPractitioner(by.Id, by.AgencyId), app.Clock);
        var outcome = await new ChildRecordService(db).CreateAsync(new ChildRecordInput
        {
            GivenName = "Robin",
            FamilyName = Seed.Unique("Shielded"),
            DateOfBirth = new DateOnly(2015, 6, 1),
            Sex = Sex.NotKnown,
            Address = address,
            Postcode = "TS9 9ZZ",
            Aliases = [new AliasInput("Robyn", alias)],
            RelatedAdults = [new RelatedAdultInput(parent, AdultRelationship.Parent)],
        }, process);
        Assert.True(outcome.Succeeded);
        return (outcome.Value!, address, alias, parent);
    }

    public static async Task SetTeamAsync(this TesseraApp app, Guid childId, Guid? teamId, Guid? caseHolderId)
    {
        await using var db = app.CreateDbContext();
        await db.ChildRecords.Where(c => c.Id == childId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TeamId, teamId).SetProperty(c => c.CaseHolderId, caseHolderId));
    }

    public static async Task<List<AuditEntry>> AuditAsync(this TesseraApp app, Guid childId)
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.ChildRecordId == childId).OrderBy(e => e.Id).ToListAsync();
    }
}
