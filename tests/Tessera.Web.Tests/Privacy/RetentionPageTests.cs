using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Modules.Retention.Services;
using Tessera.Core.Processes;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Privacy;

/// <summary>Schedules and legal holds in one class, so the holds these tests place never meet each other's schedule changes.</summary>
public sealed class RetentionPageTests(AppHosts hosts)
{
    private const string Url = "/privacy/retention/" + RetentionDefaults.LookedAfter;

    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_privacy_officer_changes_a_period_and_a_stale_or_bad_edit_keeps_what_was_typed(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(app.Partnership.SchoolPrivacyOfficer);

        var list = await officer.OpenAsync("/privacy/retention");
        Assert.Contains("Looked-after children's records", list.Text);
        Assert.Contains("Kept until the child's 75th birthday.", list.Text);

        var bad = await officer.FillInAsync(Url, null, ("KeepUntilAge", "seventy"));
        Expect.Errors(bad, "#KeepUntilAge");
        Assert.Equal("seventy", bad.Single("#KeepUntilAge").GetAttribute("value"));
        Expect.Errors(await officer.FillInAsync(Url, null, ("KeepUntilAge", "121")), "#KeepUntilAge");

        // Someone else saves while this page is open: the save is refused and the typed value kept.
        var open = await officer.OpenAsync(Url);
        await using (var db = app.CreateDbContext())
        {
            var schedule = await db.RetentionSchedules.AsNoTracking().SingleAsync(s => s.Code == RetentionDefaults.LookedAfter);
            var admin = app.Partnership.SchoolPrivacyOfficer;
            var changed = await new RetentionScheduleService(db).ChangeAsync(RetentionDefaults.LookedAfter, 76, schedule.Version,
                DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime), ProcessContext.Start(ProcessType.RetentionScheduleChanged, Actor.ForPractitioner(admin.Id, admin.AgencyId), app.Clock));
            Assert.True(changed.Succeeded);
        }

        var stale = await officer.SubmitAsync(open, null, ("KeepUntilAge", "80"));
        Expect.Errors(stale, "#KeepUntilAge");
        Assert.Contains("Someone else changed this schedule", stale.Text);
        Assert.Equal("80", stale.Single("#KeepUntilAge").GetAttribute("value"));

        // Saving again from the refreshed page works.
        Expect.RedirectTo("/privacy/retention", await officer.SubmitAsync(stale, null));
        Assert.Contains("now kept until age 80", (await officer.OpenAsync("/privacy/retention")).Text);
        Expect.RedirectTo("/privacy/retention", await officer.FillInAsync(Url, null, ("KeepUntilAge", "75")));
        await using var check = app.CreateDbContext();
        Assert.Equal(75, (await check.RetentionSchedules.SingleAsync(s => s.Code == RetentionDefaults.LookedAfter)).KeepUntilAge);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_hold_is_placed_with_a_reason_blocks_a_shorter_period_and_is_lifted(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var child = await app.ChildAsync(app.Partnership.Teacher, Seed.Unique("Hold"));
        Assert.Equal(RetentionDefaults.SchoolChildProtection, child.RetentionCode);
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(app.Partnership.SchoolPrivacyOfficer);

        var found = await officer.FillInAsync("/privacy/legal-holds", null, ("Q", child.FamilyName));
        Assert.NotNull(found.Document.QuerySelector($"a[href='/privacy/legal-holds/{child.Id}']"));
        var url = $"/privacy/legal-holds/{child.Id}";
        Expect.Errors(await officer.FillInAsync(url, "Place", ("Reason", "")), "#Reason");
        Expect.RedirectTo(url, await officer.FillInAsync(url, "Place", ("Reason", "Care proceedings listed for March")));
        var page = await officer.OpenAsync(url);
        Assert.Contains("Legal hold placed", page.Text);
        Assert.Contains("Care proceedings listed for March", page.Text);

        // The child is 11: a 5-year period for school child protection records would make the held record due.
        var refused = await officer.FillInAsync("/privacy/retention/" + RetentionDefaults.SchoolChildProtection, null, ("KeepUntilAge", "5"));
        Expect.Errors(refused, "#KeepUntilAge");
        Assert.Matches(@"This change would make \d+ records? under legal hold due for erasure\. Lift the holds first or choose a longer period\.", refused.Single(".govuk-error-summary").TextContent);
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(25, (await db.RetentionSchedules.SingleAsync(s => s.Code == RetentionDefaults.SchoolChildProtection)).KeepUntilAge);
        }

        Expect.RedirectTo(url, await officer.FillInAsync(url, "Lift"));
        await using var check = app.CreateDbContext();
        var hold = await check.LegalHolds.SingleAsync(h => h.ChildRecordId == child.Id);
        Assert.Equal(app.Partnership.SchoolPrivacyOfficer.Id, hold.LiftedById);
        Assert.Equal(2, await check.ProcessEvents.CountAsync(e => e.SubjectId == hold.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_agencys_child_is_not_found(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(app.Partnership.SchoolPrivacyOfficer);
        await Expect.NotFoundAsync(officer, await officer.GetAsync($"/privacy/legal-holds/{app.Partnership.PoliceChild.Id}"));
        await Expect.NotFoundAsync(officer, await officer.GetAsync("/privacy/retention/no-such-schedule"));
    }
}
