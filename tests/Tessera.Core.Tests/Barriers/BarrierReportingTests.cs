using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Barriers.Contracts;
using Tessera.Core.Modules.Barriers.Models;
using Tessera.Core.Modules.Barriers.Services;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Barriers;

public class BarrierReportingTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_reported_barrier_is_answered_by_a_lead_and_the_reporter_is_told(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new BarrierReporting(db, new Inbox(db));
        var report = (await service.ReportAsync(new ReportBarrierInput { Type = "ConsentConfusion", Description = "Health would not share without the mother's consent.", AgencyTypes = ["HospitalTrust"] },
            Start(ProcessType.BarrierReported, p.Teacher))).Value!;
        Assert.Equal(AgencyType.School, report.ReportedByAgencyType);
        var shownVersion = report.Version;

        await Assert.ThrowsAsync<NotPermittedException>(() => service.RespondAsync(report.Id, report.Version, "Responded", "No", Start(ProcessType.BarrierResponded, p.SchoolDsl)));
        var empty = await service.RespondAsync(report.Id, report.Version, "Responded", " ", Start(ProcessType.BarrierResponded, p.StrategicLead));
        Assert.True(empty.Errors.Has("Response"));
        var answered = await service.RespondAsync(report.Id, report.Version, "Responded", "We have reminded the trust that consent is not needed.", Start(ProcessType.BarrierResponded, p.StrategicLead));
        Assert.True(answered.Succeeded);

        await using var check = DatabaseRegistration.CreateContext(settings);
        var saved = await check.BarrierReports.SingleAsync();
        Assert.Equal(BarrierStatus.Responded, saved.Status);
        Assert.Equal(p.StrategicLead.Id, saved.RespondedById);
        var alert = await check.InboxItems.SingleAsync(i => i.Kind == InboxItemKind.BarrierResponded);
        Assert.Equal(p.Teacher.Id, alert.RecipientId);
        Assert.Equal($"/barriers/{report.Id}", alert.Link);

        var stale = await new BarrierReporting(check, new Inbox(check)).RespondAsync(saved.Id, shownVersion, "Responded", "Again", Start(ProcessType.BarrierResponded, p.Administrator));
        Assert.Equal(BarrierReporting.StaleMessage, stale.Errors.For("Response"));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_export_counts_by_month_type_and_agency_type_with_no_free_text(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new BarrierReporting(db, new Inbox(db));
        var secret = "Mrs Example at 1 Secret Street would not share";
        await service.ReportAsync(new ReportBarrierInput { Type = "Terminology", Description = secret }, Start(ProcessType.BarrierReported, p.Teacher));
        await service.ReportAsync(new ReportBarrierInput { Type = "Terminology", Description = "Police used DA" }, Start(ProcessType.BarrierReported, p.SchoolDsl));
        _clock.Advance(TimeSpan.FromHours(1));
        await service.ReportAsync(new ReportBarrierInput { Type = "SystemAccess", Description = "Locked out" }, Start(ProcessType.BarrierReported, p.PoliceOfficer));
        var invalid = await service.ReportAsync(new ReportBarrierInput { Type = "7", Description = " ", AgencyTypes = ["Aliens"] }, Start(ProcessType.BarrierReported, p.Teacher));
        Assert.Equal(["Type", "Description", "AgencyTypes"], invalid.Errors.All.Select(e => e.Key));

        var csv = await new BarrierExport(db).CsvAsync(Start(ProcessType.BarrierCountsExported, p.StrategicLead));

        Assert.Equal(
            "month,barrier_type,agency_type,reports\r\n2026-10,terminology,school,2\r\n2026-11,system-access,police,1\r\n",
            csv);
        Assert.DoesNotContain("Secret", csv, StringComparison.Ordinal);
        Assert.Equal(1, await db.ProcessEvents.CountAsync(e => e.EventName == "BarrierCountsExported"));
    }

    private ProcessContext Start(ProcessType type, Practitioner practitioner) =>
        ProcessContext.Start(type, Actor.ForPractitioner(practitioner.Id, practitioner.AgencyId), _clock);

    private async Task<(DatabaseSettings, TestPartnership)> SetUpAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }
}
