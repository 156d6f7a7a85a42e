using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>
/// summary.html: the export in plain English for the person who asked, self-contained (inline styles, no scripts),
/// every value HTML-encoded, and a list of what was withheld or redacted. Rendered from the same JSON as the files,
/// so the two can never disagree.
/// </summary>
internal static partial class SubjectAccessSummary
{
    private const string Style =
        "body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:0;line-height:1.4}" +
        "header{background:#0b0c0c;color:#fff;padding:10px 30px;font-weight:700;font-size:1.2em}" +
        "main{max-width:960px;margin:0 auto;padding:20px 30px}h1{font-size:2em}h2{font-size:1.5em;margin-top:1.5em;border-top:1px solid #b1b4b6;padding-top:.5em}" +
        "dl{display:grid;grid-template-columns:minmax(10em,30%) 1fr;gap:4px 16px;margin:0 0 1em}dt{font-weight:700}dd{margin:0}" +
        "table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #b1b4b6;padding:6px 8px 6px 0;vertical-align:top}" +
        ".withheld{background:#f3f2f1;border-left:4px solid #1d70b8;padding:0 4px}.redacted{background:#0b0c0c;color:#fff;padding:0 4px}" +
        ".item{border-left:4px solid #b1b4b6;padding-left:12px;margin-bottom:1em}";

    public static string Html(SubjectAccessContent content, SubjectAccessRedactor redactor, ProcessContext process,
        IReadOnlyDictionary<string, JsonObject> sections, IReadOnlyDictionary<Guid, string> agencies)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Subject access export</title><style>")
            .Append(Style).Append("</style></head><body><header>Tessera</header><main>");
        html.Append("<h1>Subject access export</h1>");
        html.Append("<dl>")
            .Append(Pair("About", content.Kind == "child" ? "A child's record" : "An adult recorded as related to a child"))
            .Append(Pair("Made", process.Now.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.GetCultureInfo("en-GB"))))
            .Append(Pair("Made by", "A privacy officer of " + (process.Actor.AgencyId is { } a && agencies.TryGetValue(a, out var agency) ? agency : "the agency")))
            .Append(Pair("Concerns", content.Concerns.Count.ToString(CultureInfo.InvariantCulture)))
            .Append(Pair("Audit entries", content.Audit.Count.ToString(CultureInfo.InvariantCulture)))
            .Append("</dl>");

        html.Append("<h2>What was withheld or redacted</h2>");
        if (redactor.Withheld.Count == 0 && redactor.Redacted.Count == 0)
        {
            html.Append("<p>Nothing was withheld or redacted.</p>");
        }
        else
        {
            html.Append("<ul>");
            foreach (var item in redactor.Withheld)
            {
                html.Append("<li><strong>").Append(SubjectAccessMarkers.Withheld).Append(":</strong> ").Append(Encode(item)).Append("</li>");
            }

            foreach (var item in redactor.Redacted)
            {
                html.Append("<li><strong>").Append(Encode(SubjectAccessMarkers.ThirdParty)).Append(":</strong> ").Append(Encode(item)).Append("</li>");
            }

            html.Append("</ul><p>Information is withheld when the agency that recorded it has shielded it to keep someone safe. ")
                .Append("Details of other people (third parties) are redacted to protect their privacy.</p>");
        }

        html.Append("<h2>").Append(content.Kind == "child" ? "The child's record" : "What is recorded about you").Append("</h2>").Append(Value(content.Record));
        html.Append("<h2>Concerns</h2>");
        if (content.Concerns.Count == 0)
        {
            html.Append("<p>None.</p>");
        }

        foreach (var concern in content.Concerns)
        {
            html.Append("<div class=\"item\">").Append(Value(concern)).Append("</div>");
        }

        foreach (var (name, section) in sections)
        {
            html.Append("<h2>").Append(name == "shares" ? "Shares" : "Sharing decisions").Append("</h2>");
            html.Append(section["note"] is { } note ? $"<p>{Encode(note.ToString())}</p>" : Value(section["entries"]));
        }

        html.Append("<h2>Who has looked at or changed the record</h2>");
        if (content.Audit.Count == 0)
        {
            html.Append("<p>No entries.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">What</th><th scope=\"col\">Agency</th></tr></thead><tbody>");
            foreach (var entry in content.Audit)
            {
                var who = entry.ActorAgencyId is { } id && agencies.TryGetValue(id, out var name) ? name : "Tessera";
                html.Append("<tr><td>").Append(Encode(entry.At.ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"))))
                    .Append("</td><td>").Append(Encode(Words(entry.Action.ToString()))).Append(entry.SubjectType is null ? "" : " (" + Encode(entry.SubjectType) + ")")
                    .Append("</td><td>").Append(Encode(who)).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static string Value(JsonNode? node) => node switch
    {
        null => "Not recorded",
        JsonObject o when o["withheld"] is not null => $"<strong class=\"withheld\">{SubjectAccessMarkers.Withheld}</strong> ({Encode(o["reason"]?.ToString() ?? "")})",
        JsonObject o when o["redacted"] is not null => $"<span class=\"redacted\">{Encode(SubjectAccessMarkers.ThirdParty)}</span>",
        JsonObject o => "<dl>" + string.Concat(o.Select(p => Pair(Words(p.Key), Value(p.Value), encoded: true))) + "</dl>",
        JsonArray { Count: 0 } => "None",
        JsonArray a => "<ol>" + string.Concat(a.Select(i => "<li>" + Value(i) + "</li>")) + "</ol>",
        _ => Encode(node.ToString()),
    };

    private static string Pair(string key, string value, bool encoded = false) =>
        $"<dt>{Encode(key)}</dt><dd>{(encoded ? value : Encode(value))}</dd>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>"whatHappened" → "What happened".</summary>
    private static string Words(string key)
    {
        var spaced = CamelBoundary().Replace(key, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex CamelBoundary();
}
