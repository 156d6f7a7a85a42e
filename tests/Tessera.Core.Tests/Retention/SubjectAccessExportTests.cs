using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;

namespace Tessera.Core.Tests.Retention;

public sealed class SubjectAccessExportTests
{
    private const string RefugeAddress = "Flat 9, 3 Safe Harbour Road";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_childs_export_holds_everything_withholds_shielded_values_and_redacts_third_parties(DatabaseProvider provider)
    {
        var arrange = await RetentionArrange.CreateAsync(provider, _clock);
        var child = await arrange.ChildAsync(new DateOnly(2015, 5, 1), "Ava", "Sample", address: RefugeAddress, adultName: "Kim Sample");
        var friend = await arrange.ChildAsync(new DateOnly(2015, 8, 8), "Zed", "Otherchild", adultName: null);
        var shieldedConcern = await arrange.ConcernAsync(child, "Told a teacher where the family now lives.");
        await arrange.ConcernAsync(child, "Ava and Zed Otherchild were seen outside late at night.", friend);
        await arrange.ShieldAsync(child, ShieldTarget.ChildAddress);
        await arrange.ShieldAsync(child, ShieldTarget.Concern, shieldedConcern.Id);

        await using var db = arrange.Db();
        var teacher = arrange.Partnership.Teacher;
        await arrange.Audit(db).RecordAsync(AuditAction.Read, Actor.ForPractitioner(teacher.Id, teacher.AgencyId), "child", child.Id, child.Id);
        var outcome = await arrange.Export(db).ExportAsync(new SubjectAccessRequest { ChildRecordId = child.Id }, arrange.PrivacyProcess(ProcessType.SubjectAccessExport));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.All.Select(e => e.Value)));
        Assert.Equal("subject-access-2026-11-24.zip", outcome.Value!.FileName);
        var files = Unzip(outcome.Value.Content);
        Assert.Equal(["audit.json", "concerns.json", "decisions.json", "manifest.json", "record.json", "shares.json", "summary.html"], files.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in files)
        {
            Assert.False(text.Contains(RefugeAddress, StringComparison.OrdinalIgnoreCase), $"The shielded address is in {name}.");
            Assert.False(text.Contains("where the family now lives", StringComparison.OrdinalIgnoreCase), $"The shielded concern is in {name}.");
            Assert.False(text.Contains("Zed", StringComparison.Ordinal), $"Another child's name is in {name}.");
            Assert.False(text.Contains("7 Parent Street", StringComparison.Ordinal), $"A related adult's address is in {name}.");
        }

        using var record = JsonDocument.Parse(files["record.json"]);
        var address = record.RootElement.GetProperty("child").GetProperty("address");
        Assert.True(address.GetProperty("withheld").GetBoolean());
        Assert.Equal("Shielded by Larch Lane Primary School", address.GetProperty("reason").GetString());
        Assert.Equal("Ava", record.RootElement.GetProperty("child").GetProperty("givenName").GetString());
        var parent = record.RootElement.GetProperty("relatedAdults")[0];
        Assert.Equal("Kim Sample", parent.GetProperty("name").GetString());
        Assert.Equal("[Redacted: third party]", parent.GetProperty("address").GetProperty("reason").GetString());

        using var concerns = JsonDocument.Parse(files["concerns.json"]);
        Assert.Equal(2, concerns.RootElement.GetArrayLength());
        Assert.Contains(concerns.RootElement.EnumerateArray(), c => c.TryGetProperty("withheld", out _));
        var open = concerns.RootElement.EnumerateArray().Single(c => c.TryGetProperty("whatHappened", out _));
        Assert.Equal("Ava and [Redacted: third party] were seen outside late at night.", open.GetProperty("whatHappened").GetString());
        Assert.True(open.GetProperty("linkedChildren")[0].GetProperty("redacted").GetBoolean());
        Assert.Single(open.GetProperty("actions").EnumerateArray());
        Assert.Single(open.GetProperty("amendments").EnumerateArray());

        Assert.Contains("Withheld", files["summary.html"], StringComparison.Ordinal);
        Assert.Contains("[Redacted: third party]", files["summary.html"], StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", files["summary.html"], StringComparison.Ordinal);
        Assert.Contains("Tessera does not record shares", files["shares.json"], StringComparison.Ordinal);

        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        Assert.Equal(2, manifest.RootElement.GetProperty("redactions").GetProperty("withheld").GetInt32());
        Assert.True(manifest.RootElement.GetProperty("redactions").GetProperty("thirdParty").GetInt32() >= 5);
        Assert.Equal(arrange.Partnership.SchoolPrivacyOfficer.Id, manifest.RootElement.GetProperty("createdBy").GetProperty("practitionerId").GetGuid());

        await using var check = arrange.Db();
        var entry = await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.Export);
        Assert.Equal(child.Id, entry.ChildRecordId);
        Assert.DoesNotContain("Ava", entry.Detail ?? "", StringComparison.Ordinal);
        Assert.Single(await check.ProcessEvents.Where(e => e.EventName == "SubjectAccessExported" && e.SubjectId == child.Id).ToListAsync());
        using var audit = JsonDocument.Parse(files["audit.json"]);
        var read = Assert.Single(audit.RootElement.EnumerateArray());
        Assert.Equal("Read", read.GetProperty("action").GetString());
        Assert.Equal(teacher.Id, read.GetProperty("actorId").GetGuid());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task An_adults_export_holds_their_entries_and_the_concerns_that_mention_them_with_the_children_redacted(DatabaseProvider provider)
    {
        var arrange = await RetentionArrange.CreateAsync(provider, _clock);
        var first = await arrange.ChildAsync(new DateOnly(2014, 1, 1), "Ava", "Sample", adultName: "Kim Parent", adultPostcode: "TS9 9ZZ");
        var second = await arrange.ChildAsync(new DateOnly(2016, 1, 1), "Ben", "Sample", adultName: "Kim Parent", adultPostcode: "ts99zz");
        await arrange.ConcernAsync(first, "Kim Parent shouted at Ava in the playground.");
        await arrange.ConcernAsync(second, "Ben had a cough.");

        await using var db = arrange.Db();
        var outcome = await arrange.Export(db).ExportAsync(new SubjectAccessRequest { AdultName = "kim parent", AdultPostcode = "TS9 9ZZ" }, arrange.PrivacyProcess(ProcessType.SubjectAccessExport));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.All.Select(e => e.Value)));
        var files = Unzip(outcome.Value!.Content);
        using var record = JsonDocument.Parse(files["record.json"]);
        var entries = record.RootElement.GetProperty("adult").GetProperty("entries");
        Assert.Equal(2, entries.GetArrayLength());
        Assert.Equal("7 Parent Street", entries[0].GetProperty("address").GetString());
        Assert.True(entries[0].GetProperty("child").GetProperty("redacted").GetBoolean());
        using var concerns = JsonDocument.Parse(files["concerns.json"]);
        var concern = Assert.Single(concerns.RootElement.EnumerateArray());
        Assert.Equal("Kim Parent shouted at [Redacted: third party] in the playground.", concern.GetProperty("whatHappened").GetString());
        foreach (var (name, text) in files)
        {
            Assert.False(text.Contains("Ava", StringComparison.Ordinal) || text.Contains("Ben", StringComparison.Ordinal), $"A child's name is in {name}.");
        }
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_bad_request_gets_a_clear_error_and_nothing_is_written(DatabaseProvider provider)
    {
        var arrange = await RetentionArrange.CreateAsync(provider, _clock);
        var p = arrange.Partnership;
        await using var db = arrange.Db();
        var export = arrange.Export(db);

        var unknown = await export.ExportAsync(new SubjectAccessRequest { ChildRecordId = Guid.NewGuid() }, arrange.PrivacyProcess(ProcessType.SubjectAccessExport));
        Assert.Equal("Choose a child your agency holds a record of", unknown.Errors.For("ChildRecordId"));
        var otherAgency = await export.ExportAsync(new SubjectAccessRequest { ChildRecordId = p.PoliceChild.Id }, arrange.PrivacyProcess(ProcessType.SubjectAccessExport));
        Assert.Equal("Choose a child your agency holds a record of", otherAgency.Errors.For("ChildRecordId"));
        var notPrivacyOfficer = await export.ExportAsync(new SubjectAccessRequest { ChildRecordId = p.SchoolChild.Id },
            ProcessContext.Start(ProcessType.SubjectAccessExport, Actor.ForPractitioner(p.SchoolDsl.Id, p.SchoolId), _clock));
        Assert.Equal("Only a privacy officer can make a subject access export", notPrivacyOfficer.Errors.For("Subject"));
        var both = await export.ExportAsync(new SubjectAccessRequest { ChildRecordId = p.SchoolChild.Id, AdultName = "x" }, arrange.PrivacyProcess(ProcessType.SubjectAccessExport));
        Assert.Equal("Choose one child or one adult to export", both.Errors.For("Subject"));
        var noPostcode = await export.ExportAsync(new SubjectAccessRequest { AdultName = "Kim Parent", AdultPostcode = "" }, arrange.PrivacyProcess(ProcessType.SubjectAccessExport));
        Assert.Equal("Enter the adult's postcode", noPostcode.Errors.For("AdultPostcode"));

        await using var check = arrange.Db();
        Assert.False(await check.Processes.AnyAsync(x => x.Type == ProcessType.SubjectAccessExport));
        Assert.False(await check.AuditEntries.AnyAsync(e => e.Action == AuditAction.Export));
    }

    private static Dictionary<string, string> Unzip(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
