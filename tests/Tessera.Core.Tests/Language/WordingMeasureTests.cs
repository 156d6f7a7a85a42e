using System.Text;
using Tessera.Core.Modules.Language.Contracts;

namespace Tessera.Core.Tests.Language;

/// <summary>
/// The issue's measure: on the labelled set the check reaches precision ≥ 0.9 and recall ≥ 0.8. A finding counts as
/// right when its kind and its words (ignoring case) match a label on the same text.
/// </summary>
public class WordingMeasureTests(ITestOutputHelper output)
{
    [Fact]
    public void The_labelled_set_has_at_least_200_texts_and_covers_every_kind()
    {
        var set = LabelledText.Load();
        Assert.True(set.Count >= 200, $"Only {set.Count} labelled texts.");
        foreach (var issue in Enum.GetValues<WordingIssue>())
        {
            Assert.Contains(set, t => t.Expected.Any(e => e.Issue == issue));
        }
    }

    [Fact]
    public void Precision_and_recall_meet_the_targets_overall_and_for_each_kind()
    {
        var checker = new PlainLanguageChecker();
        var truePositives = new Dictionary<WordingIssue, int>();
        var falsePositives = new Dictionary<WordingIssue, int>();
        var falseNegatives = new Dictionary<WordingIssue, int>();
        var misses = new StringBuilder();
        foreach (var labelled in LabelledText.Load())
        {
            var found = checker.Check(labelled.Text, new WordingCheckOptions { ExpectChildVoice = labelled.IsNote })
                .Select(f => (f.Issue, Text: f.Text.ToLowerInvariant())).ToList();
            var expected = labelled.Expected.Select(e => (e.Issue, Text: e.Text.ToLowerInvariant())).ToList();
            foreach (var finding in found)
            {
                if (expected.Remove(finding))
                {
                    Add(truePositives, finding.Issue);
                }
                else
                {
                    Add(falsePositives, finding.Issue);
                    misses.AppendLine($"line {labelled.Line}: unexpected {finding.Issue} \"{finding.Text}\" in: {labelled.Text}");
                }
            }

            foreach (var missed in expected)
            {
                Add(falseNegatives, missed.Issue);
                misses.AppendLine($"line {labelled.Line}: missed {missed.Issue} \"{missed.Text}\" in: {labelled.Text}");
            }
        }

        var tp = truePositives.Values.Sum();
        var precision = (double)tp / (tp + falsePositives.Values.Sum());
        var recall = (double)tp / (tp + falseNegatives.Values.Sum());
        output.WriteLine($"overall: precision {precision:F3}, recall {recall:F3} ({tp} right)");
        foreach (var issue in Enum.GetValues<WordingIssue>())
        {
            output.WriteLine($"{issue}: right {Get(truePositives, issue)}, wrong {Get(falsePositives, issue)}, missed {Get(falseNegatives, issue)}");
        }

        output.WriteLine(misses.ToString());
        Assert.True(precision >= 0.9, $"Precision {precision:F3} is below 0.9.\n{misses}");
        Assert.True(recall >= 0.8, $"Recall {recall:F3} is below 0.8.\n{misses}");
    }

    private static void Add(Dictionary<WordingIssue, int> counts, WordingIssue issue) => counts[issue] = Get(counts, issue) + 1;

    private static int Get(Dictionary<WordingIssue, int> counts, WordingIssue issue) => counts.GetValueOrDefault(issue);
}
