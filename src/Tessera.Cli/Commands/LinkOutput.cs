using System.Globalization;
using System.Text;
using Tessera.Linkage;
using Tessera.Linkage.Clustering;

namespace Tessera.Cli.Commands;

/// <summary>Writes linked or review pairs as CSV with the weight of each field, so a reviewer can see why.</summary>
internal static class LinkOutput
{
    public static async Task WritePairsAsync(string path, LinkageResult result, IEnumerable<ScoredPair> pairs, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("left_id,right_id,match_weight,match_probability,band,breakdown\n");
        foreach (var pair in pairs)
        {
            var breakdown = result.Explain(pair);
            var band = pair.Weight >= new LinkageOptions().AutoLinkWeight ? "link" : "review";
            var fields = string.Join("; ", breakdown.Fields.Where(f => f.Level != 0).Select(f =>
                string.Create(CultureInfo.InvariantCulture, $"{f.Field.ToString().ToLowerInvariant()}: {f.Description} {f.Weight + f.TermFrequencyWeight:+0.00;-0.00}")));
            text.Append(Quote(result.Records.Ids[pair.A])).Append(',').Append(Quote(result.Records.Ids[pair.B])).Append(',')
                .Append(pair.Weight.ToString("F2", CultureInfo.InvariantCulture)).Append(',')
                .Append(breakdown.Probability.ToString("F4", CultureInfo.InvariantCulture)).Append(',')
                .Append(band).Append(',').Append(Quote(fields)).Append('\n');
        }

        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
    }

    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
