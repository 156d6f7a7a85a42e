using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>Writes an export's content as a ZIP: manifest, one JSON file per section, and summary.html.</summary>
internal static class SubjectAccessPackage
{
    public const string SectionNote = "Tessera does not record shares or sharing decisions yet; when it does, they will be listed here.";

    // Relaxed escaping keeps the files readable; they are data files, never embedded in a page.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(SubjectAccessContent content, SubjectAccessRedactor redactor, ProcessContext process, IReadOnlyDictionary<Guid, string> agencies)
    {
        var audit = new JsonArray(content.Audit.Select(Audit).ToArray());
        var sections = content.Sections.ToDictionary(s => s.Key, s => Section(s.Value));
        var manifest = new JsonObject
        {
            ["export"] = "subject-access",
            ["subjectKind"] = content.Kind,
            ["subjectIds"] = new JsonArray(content.SubjectIds.Select(id => (JsonNode)id.ToString()).ToArray()),
            ["createdAt"] = process.Now,
            ["createdBy"] = new JsonObject { ["practitionerId"] = process.Actor.Id, ["agencyId"] = process.Actor.AgencyId },
            ["processId"] = process.Process.Id,
            ["files"] = new JsonArray("record.json", "concerns.json", "shares.json", "decisions.json", "audit.json", "summary.html"),
            ["counts"] = new JsonObject
            {
                ["childRecords"] = content.ChildRecordIds.Count,
                ["concerns"] = content.Concerns.Count,
                ["shares"] = content.Sections["shares"]?.Count ?? 0,
                ["decisions"] = content.Sections["decisions"]?.Count ?? 0,
                ["auditEntries"] = content.Audit.Count,
            },
            ["redactions"] = new JsonObject { ["withheld"] = redactor.Withheld.Count, ["thirdParty"] = redactor.ThirdPartyCount },
        };

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "manifest.json", manifest.ToJsonString(Json), process.Now);
            Add(zip, "record.json", content.Record.ToJsonString(Json), process.Now);
            Add(zip, "concerns.json", new JsonArray(content.Concerns.Select(c => c.DeepClone()).ToArray()).ToJsonString(Json), process.Now);
            Add(zip, "shares.json", sections["shares"].ToJsonString(Json), process.Now);
            Add(zip, "decisions.json", sections["decisions"].ToJsonString(Json), process.Now);
            Add(zip, "audit.json", audit.ToJsonString(Json), process.Now);
            Add(zip, "summary.html", SubjectAccessSummary.Html(content, redactor, process, sections, agencies), process.Now);
        }

        return stream.ToArray();
    }

    private static JsonObject Section(IReadOnlyList<Contracts.SubjectAccessEntry>? entries) => entries is null
        ? new JsonObject { ["entries"] = new JsonArray(), ["note"] = SectionNote }
        : new JsonObject
        {
            ["entries"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["at"] = e.At,
                ["summary"] = e.Summary,
                ["fields"] = new JsonObject(e.Fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))),
            }).ToArray()),
        };

    private static JsonNode Audit(AuditEntry e) => new JsonObject
    {
        ["id"] = e.Id,
        ["at"] = e.At,
        ["action"] = e.Action.ToString(),
        ["actorKind"] = e.ActorKind.ToString(),
        ["actorId"] = e.ActorId,
        ["actorAgencyId"] = e.ActorAgencyId,
        ["subjectType"] = e.SubjectType,
        ["subjectId"] = e.SubjectId,
        ["processId"] = e.ProcessId,
        ["emergencyAccessId"] = e.EmergencyAccessId,
        ["detail"] = e.Detail is null ? null : ParseOrText(e.Detail),
    };

    private static JsonNode? ParseOrText(string detail)
    {
        try
        {
            return JsonNode.Parse(detail);
        }
        catch (JsonException)
        {
            return detail;
        }
    }

    private static void Add(ZipArchive zip, string name, string text, DateTimeOffset at)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
