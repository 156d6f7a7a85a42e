using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Partnership;

/// <summary>Two administrators with the same practitioner open: the second save is refused, says why, and keeps its choices.</summary>
public sealed class PractitionerConcurrencyTests(AppHosts hosts)
{
    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task A_stale_role_change_is_refused_keeps_the_choices_and_saves_nothing(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var person = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var first = app.CreateBrowser();
        using var second = app.CreateBrowser();
        await first.SignInAsync(app.Partnership.Administrator);
        await second.SignInAsync(app.Partnership.Administrator);
        var url = $"/partnership/practitioners/{person.Id}";
        var stalePage = await first.OpenAsync(url);

        Expect.RedirectTo("/partnership", await second.FillInAsync(url, "Roles", ("Roles", "Practitioner"), ("Roles", "MashScreener")));

        var refused = await first.SubmitAsync(stalePage, "Roles", ("Roles", "TrustedPractitioner"));
        Expect.Errors(refused, "#Roles");
        Assert.Contains(PartnershipAdministration.ChangedWhileOpen, refused.Single(".govuk-error-summary").TextContent);
        Assert.True(refused.Document.QuerySelector("input[name='Roles'][value='TrustedPractitioner']")!.HasAttribute("checked"));
        Assert.False(refused.Document.QuerySelector("input[name='Roles'][value='MashScreener']")!.HasAttribute("checked"));
        Assert.Equal(PractitionerRoles.Practitioner | PractitionerRoles.MashScreener, await RolesAsync(app, person.Id));

        // The page now carries the current version, so saving again (having checked) goes through.
        Expect.RedirectTo("/partnership", await first.SubmitAsync(refused, "Roles"));
        Assert.Equal(PractitionerRoles.TrustedPractitioner, await RolesAsync(app, person.Id));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task A_stale_disable_is_refused_and_saves_nothing(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var person = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        using var first = app.CreateBrowser();
        using var second = app.CreateBrowser();
        await first.SignInAsync(app.Partnership.Administrator);
        await second.SignInAsync(app.Partnership.Administrator);
        var url = $"/partnership/practitioners/{person.Id}";
        var stalePage = await first.OpenAsync(url);

        Expect.RedirectTo("/partnership", await second.FillInAsync(url, "Roles", ("Roles", "TrustedPractitioner")));

        var refused = await first.SubmitAsync(stalePage, "Disable");
        Assert.Contains(PartnershipAdministration.ChangedWhileOpen, refused.Single(".govuk-error-summary").TextContent);
        await using var db = app.CreateDbContext();
        var saved = await db.Users.AsNoTracking().SingleAsync(u => u.Id == person.Id);
        Assert.False(saved.IsDisabled);
        Assert.Equal(PractitionerRoles.TrustedPractitioner, saved.Roles);
        Assert.Equal(0, await db.ProcessEvents.CountAsync(e => e.SubjectId == person.Id && e.EventName == "PractitionerDisabled"));
    }

    private static async Task<PractitionerRoles> RolesAsync(TesseraApp app, Guid id)
    {
        await using var db = app.CreateDbContext();
        return await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Roles).SingleAsync();
    }
}
