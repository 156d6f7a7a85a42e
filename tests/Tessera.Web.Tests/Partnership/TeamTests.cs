using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Partnership;

public sealed class TeamTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_administrator_adds_a_team_and_invites_someone_into_it(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(p.Administrator);
        var teamName = Seed.Unique("Pastoral team ");
        var agencyPage = $"/partnership/agencies/{p.SchoolId}";

        Expect.Errors(await admin.FillInAsync(agencyPage, null, ("Name", " ")), "#Name");
        Expect.RedirectTo("/partnership", await admin.FillInAsync(agencyPage, null, ("Name", teamName)));
        Expect.Errors(await admin.FillInAsync(agencyPage, null, ("Name", teamName)), "#Name");
        Assert.Contains(teamName, (await admin.OpenAsync(agencyPage)).Text);

        await using var db = app.CreateDbContext();
        var team = await db.Teams.SingleAsync(t => t.Name == teamName);
        Assert.Equal(p.SchoolId, team.AgencyId);
        Assert.True(await db.ProcessEvents.AnyAsync(e => e.SubjectId == team.Id && e.EventName == "TeamAdded"));

        // A team must belong to the agency the practitioner is invited into.
        var email = $"{Seed.Unique("pastoral-")}@larch-lane.example";
        var wrongAgency = await admin.FillInAsync("/partnership/practitioners/invite", null,
            ("DisplayName", "Tia Team"), ("Email", email), ("AgencyId", p.PoliceId.ToString()), ("TeamId", team.Id.ToString()), ("Roles", nameof(PractitionerRoles.Practitioner)));
        Expect.Errors(wrongAgency, "#TeamId");

        var invited = await admin.FillInAsync("/partnership/practitioners/invite", null,
            ("DisplayName", "Tia Team"), ("Email", email), ("AgencyId", p.SchoolId.ToString()), ("TeamId", team.Id.ToString()), ("Roles", nameof(PractitionerRoles.Practitioner)));
        Assert.Equal(HttpStatusCode.OK, invited.Status);
        Assert.Equal(team.Id, (await db.Invitations.SingleAsync(i => i.Email == email)).TeamId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_agency_is_not_found(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(app.Partnership.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/partnership/agencies/{Guid.NewGuid()}")).Status);
    }
}
