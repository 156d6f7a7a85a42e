using System.Text;

namespace Tessera.Cli.Tests;

public sealed class LinkCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tessera-link-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Dedupe_reports_bad_rows_processes_the_rest_and_ends_with_the_machine_readable_line()
    {
        var input = Path.Combine(_folder, "people.csv");
        var csv = new StringBuilder("ref,forename,surname,born,nhs,group\n");
        csv.Append("1,Amelia,Stone,2014-03-07,9434765919,a\n");
        csv.Append("2,Amelia,Stone,07/03/2014,,a\n");
        csv.Append("3,Millie,Stone,2014-03-07,,a\n");
        csv.Append("4,\"Oscar, Jr\",Patel,2012-11-30,,b\n");
        csv.Append(",Bo,Stone,2014-03-07,,c\n");
        csv.Append("6,Cy,Stone,2014-02-31,,d\n");
        csv.Append("7,Di,Khan,2011-01-01,9434765918,e\n");
        csv.Append("8,Ed,Stone\n");
        await File.WriteAllTextAsync(input, csv.ToString(), TestContext.Current.CancellationToken);
        var output = Path.Combine(_folder, "clusters.csv");

        var run = await CliRun.RunAsync("link", "dedupe", "--input", input, "--map", "id=ref,given=forename,family=surname,dob=born,nhs=nhs", "--truth-column", "group", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("line 6: the id is blank (row skipped)", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 7: date of birth '2014-02-31' is not a real date", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 8: NHS number fails the modulus-11 check", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 9: has 3 fields but the header has 6", run.Error, StringComparison.Ordinal);
        var last = run.Output.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^pairs_precision=\d\.\d{4} pairs_recall=\d\.\d{4} pairs_f1=\d\.\d{4} bcubed_f1=\d\.\d{4} records=6 seconds=\d+\.\d\d peak_mb=\d+$", last);
        var clusters = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal("id,cluster_id", clusters[0]);
        Assert.Equal(7, clusters.Length);
        Assert.Equal(["1", "2", "3", "4", "6", "7"], clusters.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task Without_truth_the_last_line_has_no_metrics()
    {
        var input = Path.Combine(_folder, "people.csv");
        await File.WriteAllTextAsync(input, "id,given\n1,Amy\n2,Amy\n", TestContext.Current.CancellationToken);
        var run = await CliRun.RunAsync("link", "dedupe", "--input", input, "--map", "id=id,given=given");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^records=2 seconds=\d+\.\d\d peak_mb=\d+$", run.Output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public async Task A_mapped_column_missing_from_the_header_is_one_line()
    {
        var input = Path.Combine(_folder, "people.csv");
        await File.WriteAllTextAsync(input, "id,given\n1,Amy\n", TestContext.Current.CancellationToken);
        var run = await CliRun.RunAsync("link", "dedupe", "--input", input, "--map", "id=id,family=surname");
        var line = run.AssertOneErrorLine(2);
        Assert.Contains("column 'surname' (for family) is not in the header", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id=id,colour=c", "map key 'colour' is not one of")]
    [InlineData("given=g", "map needs id=COLUMN")]
    public async Task A_bad_map_is_a_usage_error(string map, string message)
    {
        var run = await CliRun.RunAsync("link", "dedupe", "--input", "x.csv", "--map", map);
        Assert.Contains(message, run.AssertOneErrorLine(2), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pair_links_across_two_files_only()
    {
        var left = Path.Combine(_folder, "a.csv");
        var right = Path.Combine(_folder, "b.csv");
        await File.WriteAllTextAsync(left, "id,given,family,dob,who\na1,William,Stone,2014-03-07,1\na2,William,Stone,2014-03-07,1\na3,Priya,Shah,2010-05-05,2\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(right, "id,given,family,dob,who\nb1,Bill,Stone,2014-03-07,1\nb2,Priya,Shah,2010-05-05,2\n", TestContext.Current.CancellationToken);
        var links = Path.Combine(_folder, "links.csv");
        var run = await CliRun.RunAsync("link", "pair", "--left", left, "--right", right, "--map", "id=id,given=given,family=family,dob=dob", "--truth-column", "who", "--out", links);
        Assert.Equal(0, run.ExitCode);
        var rows = await File.ReadAllLinesAsync(links, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(rows, r => r.StartsWith("a1,a2", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("a3,b2", StringComparison.Ordinal) || r.StartsWith("b2,a3", StringComparison.Ordinal));
        Assert.StartsWith("pairs_precision=", run.Output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_prints_the_figures_and_duckdb_scores_the_same_pairs()
    {
        var run = await CliRun.RunAsync("link", "bench", "--records", "600", "--seed", "3");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd().Split('\n');
        Assert.Matches(@"^records=600 seconds=\S+ peak_mb=\d+ pairs_scored=(\d+) pairs_per_second=\d+ duckdb_seconds=\S+ ratio=\S+$", lines[^3]);
        var ours = System.Text.RegularExpressions.Regex.Match(lines[^3], @"pairs_scored=(\d+)").Groups[1].Value;
        Assert.Contains($"duckdb pairs scored {long.Parse(ours, System.Globalization.CultureInfo.InvariantCulture):N0} (ours {long.Parse(ours, System.Globalization.CultureInfo.InvariantCulture):N0})", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"^pairs_precision=\S+ pairs_recall=\S+ pairs_f1=\S+ bcubed_f1=\S+ records=600 seconds=\S+ peak_mb=\d+$", lines[^1]);
    }
}
