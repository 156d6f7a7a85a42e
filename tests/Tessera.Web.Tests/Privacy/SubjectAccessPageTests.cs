using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Processes;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Privacy;

public sealed class SubjectAccessPageTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_privacy_officer_finds_a_child_and_downloads_an_export_with_the_shielded_address_withheld(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var family = Seed.Unique("Sar");
        var address = $"{Seed.Unique("Flat ")} Refuge Road";
        var child = await ChildWithAdultAsync(app, family, address);
        await ShieldAddressAsync(app, child);
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(p.SchoolPrivacyOfficer);

        var start = await officer.OpenAsync("/privacy/subject-access");
        Assert.Equal("post", start.Form("Search").Method, ignoreCase: true);
        var found = await officer.SubmitAsync(start, "Search", ("Q", family));
        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal("1 child found", found.Single("#results-heading").TextContent);
        Assert.Contains($"Sam {family}", found.Text);
        Assert.DoesNotContain(family, found.Address.Query, StringComparison.Ordinal);

        var download = await officer.SubmitAsync(found, "Export", ("Subject", $"child:{child.Id}"));
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("application/zip", download.Response.Content.Headers.ContentType?.MediaType);
        var date = app.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"subject-access-{date}.zip", download.Response.Content.Headers.ContentDisposition?.FileNameStar ?? download.Response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var files = Unzip(await download.Response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Withheld", files["summary.html"], StringComparison.Ordinal);
        Assert.Contains($"Sam {family}".Split(' ')[1], files["record.json"], StringComparison.Ordinal);
        Assert.All(files, f => Assert.DoesNotContain(address, f.Value, StringComparison.OrdinalIgnoreCase));

        await using var db = app.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Export && e.ChildRecordId == child.Id && e.ActorId == p.SchoolPrivacyOfficer.Id));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Search && e.ActorId == p.SchoolPrivacyOfficer.Id && e.Detail!.Contains(child.Id.ToString())));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_adult_is_exported_by_choosing_them_or_by_name_and_postcode(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var family = Seed.Unique("Sar");
        var child = await ChildWithAdultAsync(app, family, "1 Plain Road");
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(app.Partnership.SchoolPrivacyOfficer);

        var found = await officer.FillInAsync("/privacy/subject-access", "Search", ("Q", family));
        Assert.Contains("Recorded as a parent of Sam", found.Text);
        var adult = child.RelatedAdults.Single();
        var chosen = await officer.SubmitAsync(found, "Export", ("Subject", $"adult:{adult.Id}"));
        Assert.Equal("application/zip", chosen.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"Alex {family}", Unzip(await chosen.Response.Content.ReadAsByteArrayAsync())["record.json"], StringComparison.Ordinal);

        var byName = await officer.FillInAsync("/privacy/subject-access", "Adult", ("AdultName", $"alex {family}"), ("AdultPostcode", "ts4 4dd"));
        Assert.Equal("application/zip", byName.Response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_input_gets_an_error_summary_and_nothing_is_exported(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(p.SchoolPrivacyOfficer);
        await using var before = app.CreateDbContext();
        var exportsBefore = await before.Processes.CountAsync(x => x.Type == ProcessType.SubjectAccessExport);

        Expect.Errors(await officer.FillInAsync("/privacy/subject-access", "Search", ("Q", " ")), "#Q");
        var found = await officer.FillInAsync("/privacy/subject-access", "Search", ("Q", "Testperson"));
        Expect.Errors(await officer.SubmitAsync(found, "Export"), "#Subject");
        Expect.Errors(await officer.SubmitAsync(found, "Export", ("Subject", "child:not-an-id")), "#Subject");
        Expect.Errors(await officer.SubmitAsync(found, "Export", ("Subject", $"child:{p.PoliceChild.Id}")), "#Subject");
        Expect.Errors(await officer.FillInAsync("/privacy/subject-access", "Adult", ("AdultName", "Nobody Known"), ("AdultPostcode", "")), "#AdultPostcode");
        Expect.Errors(await officer.FillInAsync("/privacy/subject-access", "Adult", ("AdultName", "Nobody Known"), ("AdultPostcode", "ZZ1 1ZZ")), "#AdultName");

        await using var db = app.CreateDbContext();
        Assert.Equal(exportsBefore, await db.Processes.CountAsync(x => x.Type == ProcessType.SubjectAccessExport));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_privacy_officers_reach_the_data_rights_pages(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(app.Partnership.SchoolDsl);
        foreach (var url in new[] { "/privacy/subject-access", "/privacy/retention", "/privacy/legal-holds", $"/privacy/legal-holds/{app.Partnership.SchoolChild.Id}" })
        {
            Expect.RedirectTo("/account/access-denied", await dsl.GetAsync(url));
        }
    }

    internal static async Task<ChildRecord> ChildWithAdultAsync(TesseraApp app, string family, string address)
    {
        await using var db = app.CreateDbContext();
        var teacher = app.Partnership.Teacher;
        var outcome = await new ChildRecordService(db).CreateAsync(new ChildRecordInput
        {
            GivenName = "Sam",
            FamilyName = family,
            DateOfBirth = new DateOnly(2016, 2, 3),
            Sex = Sex.NotKnown,
            Address = address,
            Postcode = "TS4 4DD",
            RelatedAdults = [new RelatedAdultInput($"Alex {family}", AdultRelationship.Parent, null, "2 Parent Road", "TS4 4DD")],
        }, ProcessContext.Start(ProcessType.ChildRecordCreated, Actor.ForPractitioner(teacher.Id, teacher.AgencyId), app.Clock));
        Assert.True(outcome.Succeeded);
        return outcome.Value!;
    }

    internal static async Task ShieldAddressAsync(TesseraApp app, ChildRecord child)
    {
        await using var db = app.CreateDbContext();
        db.Shields.Add(new Shield
        {
            Id = Guid.CreateVersion7(),
            ChildRecordId = child.Id,
            OwningAgencyId = child.AgencyId,
            Target = ShieldTarget.ChildAddress,
            Reason = "Refuge address",
            ShieldedById = app.Partnership.SchoolDsl.Id,
            ShieldedAt = app.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    internal static Dictionary<string, string> Unzip(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
