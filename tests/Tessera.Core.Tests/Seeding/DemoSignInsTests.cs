using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Seeding;

namespace Tessera.Core.Tests.Seeding;

public sealed class DemoSignInsTests
{
    [Fact]
    public void Every_role_has_a_demo_sign_in()
    {
        foreach (var role in DisplayNames.AllRoles)
        {
            Assert.Contains(DemoSignIns.All, s => s.Roles.Has(role));
        }
    }

    [Fact]
    public void Sign_ins_are_unique_lower_case_example_addresses_in_known_agencies_and_teams()
    {
        Assert.Equal(DemoSignIns.All.Count, DemoSignIns.All.Select(s => s.Email).Distinct().Count());
        Assert.All(DemoSignIns.All, s =>
        {
            Assert.EndsWith(".example", s.Email, StringComparison.Ordinal);
            Assert.Equal(s.Email.ToLowerInvariant(), s.Email);
            var agency = RiversidePartnership.Agency(s.AgencyKey);
            Assert.EndsWith("@" + agency.Domain, s.Email, StringComparison.Ordinal);
            Assert.Contains(s.TeamName, agency.Teams);
        });
    }

    [Fact]
    public void Schools_police_health_visiting_and_GPs_each_have_a_lead_and_a_practitioner()
    {
        var agencies = RiversidePartnership.Agencies.Where(a => a.Type is AgencyType.School or AgencyType.Police
            or AgencyType.HealthVisitingAndSchoolNursing or AgencyType.GpPractice);
        foreach (var agency in agencies)
        {
            var people = DemoSignIns.All.Where(s => s.AgencyKey == agency.Key).ToList();
            Assert.Contains(people, s => s.Roles.Has(PractitionerRoles.DesignatedSafeguardingLead));
            Assert.Contains(people, s => s.Roles == PractitionerRoles.Practitioner);
        }
    }

    [Fact]
    public void The_demo_sign_ins_document_lists_every_account_and_the_password()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Tessera.slnx")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        var document = File.ReadAllText(Path.Combine(folder.FullName, "docs", "demo-sign-ins.md"));
        Assert.Contains(DemoSignIns.Password, document, StringComparison.Ordinal);
        Assert.All(DemoSignIns.All, s => Assert.Contains($"`{s.Email}`", document, StringComparison.Ordinal));
    }
}
