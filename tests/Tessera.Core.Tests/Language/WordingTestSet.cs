using Tessera.Core.Modules.Language.Contracts;

namespace Tessera.Core.Tests.Language;

/// <summary>The labelled sentences in wording-test-set.tsv: each text, whether it is a whole note, and what a reviewer would flag.</summary>
public sealed record LabelledText(int Line, bool IsNote, string Text, IReadOnlyList<(WordingIssue Issue, string Text)> Expected)
{
    public static IReadOnlyList<LabelledText> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Language", "wording-test-set.tsv");
        var lines = File.ReadAllLines(path);
        var result = new List<LabelledText>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("context\t", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split('\t');
            var expected = parts.Length < 3 || parts[2].Length == 0
                ? []
                : parts[2].Split(';').Select(Parse).ToList();
            result.Add(new LabelledText(i + 1, parts[0] == "n", parts[1], expected));
        }

        return result;
    }

    private static (WordingIssue, string) Parse(string label)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? label : label[..colon];
        var text = colon < 0 ? "" : label[(colon + 1)..];
        return (kind switch
        {
            "abbr" => WordingIssue.UnexplainedAbbreviation,
            "jargon" => WordingIssue.Jargon,
            "vague" => WordingIssue.VagueWithoutFacts,
            "opinion" => WordingIssue.OpinionAsFact,
            "voice" => WordingIssue.MissingChildVoice,
            _ => throw new InvalidDataException($"Unknown label kind '{kind}'."),
        }, text);
    }
}
