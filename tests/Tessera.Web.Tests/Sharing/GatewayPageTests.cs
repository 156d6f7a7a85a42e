using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Sharing;

/// <summary>Runs on an app of its own: adopting a change moves the registry to a new version for everyone.</summary>
public sealed class GatewayPageTests
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_administrator_proposes_and_the_three_partners_approve_a_new_version(DatabaseProvider provider)
    {
        await using var app = new TesseraApp(provider);
        await app.StartAsync();
        var p = app.Partnership;
        var (socialCare, icb) = await StatutoryPartnersAsync(app);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(p.Administrator);

        var index = await admin.OpenAsync("/sharing/gateways");
        Assert.Contains("Version 1, in force since", index.Text);
        Assert.Contains("Children Act 1989 section 47", index.Text);

        Expect.Errors(await admin.FillInAsync("/sharing/gateways/propose", null), "#Change", "#Code", "#Reason");

        // "Change" starts from the wording in force.
        var propose = await admin.OpenAsync("/sharing/gateways/propose?code=CA2004-S16LA");
        Assert.Equal("Children Act 2004 sections 16LA and 16LC (2026)", propose.Single("#Title").GetAttribute("value"));
        var proposed = await admin.SubmitAsync(propose, null, ("Flags", "InForce"), ("Flags", "CreatesLegalObligation"), ("Reason", "Commencement regulations are in force."));
        var proposal = Expect.Redirect(proposed);
        Assert.StartsWith("/sharing/gateways/proposals/", proposal, StringComparison.Ordinal);

        // A practitioner cannot propose, and a school (not a statutory partner) cannot approve.
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        Expect.RedirectTo("/account/access-denied", await teacher.GetAsync("/sharing/gateways/propose"));
        var refused = await teacher.SubmitAsync(await teacher.OpenAsync(proposal), null);
        Expect.Errors(refused, "#Approve");

        var police = await admin.SubmitAsync(await admin.OpenAsync(proposal), null);
        Expect.RedirectTo(proposal, police);
        Assert.Contains("The change takes effect when every partner has approved it", (await admin.OpenAsync(proposal)).Text);

        foreach (var representative in new[] { socialCare, icb })
        {
            using var browser = app.CreateBrowser();
            await browser.SignInAsync(representative);
            Expect.RedirectTo(proposal, await browser.SubmitAsync(await browser.OpenAsync(proposal), null));
        }

        var adopted = await admin.OpenAsync(proposal);
        Assert.Contains("In force as version 2", adopted.Text);
        Assert.Empty(adopted.Document.QuerySelectorAll("form#Approve"));
        var history = await admin.OpenAsync("/sharing/gateways/history");
        Assert.Contains("Change a gateway: CA2004-S16LA", history.Text);
        Assert.Contains("First version, from the domain brief", history.Text);
        Assert.Contains("Not in force", (await admin.OpenAsync("/sharing/gateways/versions/1")).Text);
        Assert.DoesNotContain("Not in force", (await admin.OpenAsync("/sharing/gateways")).Text);
        await Expect.NotFoundAsync(admin, await admin.GetAsync("/sharing/gateways/versions/99"));
    }

    private static async Task<(Practitioner SocialCare, Practitioner Icb)> StatutoryPartnersAsync(TesseraApp app)
    {
        var socialCareId = Guid.CreateVersion7();
        var icbId = Guid.CreateVersion7();
        await using (var db = app.CreateDbContext())
        {
            var partnershipId = await db.Partnerships.Select(x => x.Id).FirstAsync();
            db.Agencies.Add(new Agency { Id = socialCareId, PartnershipId = partnershipId, Name = "Testshire Children's Services", Type = AgencyType.ChildrensSocialCare });
            db.Agencies.Add(new Agency { Id = icbId, PartnershipId = partnershipId, Name = "Testshire ICB", Type = AgencyType.IntegratedCareBoard });
            await db.SaveChangesAsync();
        }

        // Partnership administrators represent their organisation without needing two-factor enrolment in the test.
        return (await app.PractitionerAsync(socialCareId, PractitionerRoles.PartnershipAdministrator),
            await app.PractitionerAsync(icbId, PractitionerRoles.PartnershipAdministrator));
    }
}
