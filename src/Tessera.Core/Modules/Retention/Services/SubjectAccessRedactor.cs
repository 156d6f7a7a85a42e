using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tessera.Core.Modules.Retention.Contracts;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>
/// Replaces what may not leave Tessera in an export and keeps a list of it for the summary: shielded values become
/// {"withheld": true, "reason": "Shielded by …"}, third parties' details {"redacted": true, "reason": "[Redacted: third party]"},
/// and third parties' names inside free text "[Redacted: third party]".
/// </summary>
public sealed class SubjectAccessRedactor
{
    private readonly List<string> _withheld = [];
    private readonly List<string> _redacted = [];
    private Regex? _names;

    public IReadOnlyList<string> Withheld => _withheld;

    public IReadOnlyList<string> Redacted => _redacted;

    public int ThirdPartyCount { get; private set; }

    /// <summary>
    /// Third parties' names to take out of free text. A name that is also part of the subject's own name (a shared
    /// family name) is left in, or the subject's own name would disappear from their export.
    /// </summary>
    public void ThirdPartyNames(IEnumerable<string> names, IEnumerable<string> subjectNames)
    {
        var own = subjectNames.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var terms = names.Select(n => n.Trim()).Where(n => n.Length >= 2 && !own.Contains(n))
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        _names = terms.Count == 0 ? null : new Regex(@"\b(" + string.Join('|', terms) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
    }

    public JsonObject WithheldValue(string agencyName, string what)
    {
        _withheld.Add($"{what}: {SubjectAccessMarkers.ShieldedBy(agencyName)}");
        return new JsonObject { ["withheld"] = true, ["reason"] = SubjectAccessMarkers.ShieldedBy(agencyName) };
    }

    public JsonObject ThirdParty(string what)
    {
        ThirdPartyCount++;
        _redacted.Add(what);
        return new JsonObject { ["redacted"] = true, ["reason"] = SubjectAccessMarkers.ThirdParty };
    }

    /// <summary>Free text with third parties' names replaced; each replacement is counted.</summary>
    public string? Text(string? text, string where)
    {
        if (text is null || _names is null)
        {
            return text;
        }

        var replaced = 0;
        var result = _names.Replace(text, _ =>
        {
            replaced++;
            return SubjectAccessMarkers.ThirdParty;
        });
        if (replaced > 0)
        {
            ThirdPartyCount += replaced;
            _redacted.Add($"{where}: {replaced} {(replaced == 1 ? "name" : "names")} of other people");
        }

        return result;
    }
}
