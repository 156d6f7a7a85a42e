using System.Text;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Tests.Sharing;

/// <summary>
/// docs/sharing-decisions.md carries the same decision table as the tests. The table there is generated: run this
/// test with TESSERA_WRITE_DOCS=1 to rewrite it after changing <see cref="DecisionScenarios"/>.
/// </summary>
public sealed class DecisionTableDocTests
{
    private const string Start = "<!-- decision-table:start -->";
    private const string End = "<!-- decision-table:end -->";

    [Fact]
    public void The_documented_table_matches_the_tested_table()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "sharing-decisions.md");
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var from = doc.IndexOf(Start, StringComparison.Ordinal);
        var to = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/sharing-decisions.md must hold the decision-table markers.");

        var expected = Render();
        var documented = doc[(from + Start.Length)..to];
        if (Environment.GetEnvironmentVariable("TESSERA_WRITE_DOCS") == "1" && documented != expected)
        {
            File.WriteAllText(path, doc[..(from + Start.Length)] + expected + doc[to..]);
            documented = expected;
        }

        Assert.Equal(expected, documented);
    }

    internal static string Render()
    {
        var text = new StringBuilder("\n");
        text.AppendLine("| # | sender | recipient | purpose | consent | data | s16LA in force | Art 6 | Art 9 | Sch 1 (special category) | Sch 1 (criminal offence) | gateways | consent needed |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in DecisionScenarios.All)
        {
            var consent = SharingDisplayNames.For(r.Consent) + (r.NotSoughtReason is { } why ? $": {SharingDisplayNames.For(why).ToLowerInvariant()}" : "");
            text.AppendLine(string.Join(" | ",
                $"| {r.Number}", DisplayNames.For(r.Sender), DisplayNames.For(r.Recipient), SharingDisplayNames.For(r.Purpose), consent,
                SharingDisplayNames.For(r.Data), r.DutyToShareCommenced ? "yes" : "no",
                r.Article6 is { } a6 ? SharingDisplayNames.For(a6) : "none: seek advice",
                r.Article9 is { } a9 ? SharingDisplayNames.For(a9) : "–",
                r.SpecialCondition is { } sc ? SharingDisplayNames.For(sc) : "–",
                r.CriminalCondition is { } cc ? SharingDisplayNames.For(cc) : "–",
                r.Gateways.Length == 0 ? "–" : string.Join(", ", r.Gateways),
                (r.ConsentNeeded ? "yes" : "no") + " |"));
        }

        return text.ToString();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tessera.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the tests holds Tessera.slnx.");
    }
}
