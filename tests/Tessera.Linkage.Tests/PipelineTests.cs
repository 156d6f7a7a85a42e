using Tessera.Linkage.Clustering;
using Tessera.Linkage.Comparison;
using Tessera.Linkage.Evaluation;
using Tessera.Linkage.Input;
using Tessera.Linkage.Live;
using Tessera.Linkage.Records;
using Tessera.Linkage.Synthetic;

namespace Tessera.Linkage.Tests;

public sealed class PipelineTests
{
    [Fact]
    public void Two_different_valid_nhs_numbers_never_join_one_cluster_automatically()
    {
        var records = new RecordSet();
        records.Add(new PersonRecord { Id = "a", Given = "Amy", Family = "Stone", NhsNumber = "9434765919" });
        records.Add(new PersonRecord { Id = "b", Given = "Amy", Family = "Stone" });
        records.Add(new PersonRecord { Id = "c", Given = "Amy", Family = "Stone", NhsNumber = "4010232137" });
        var refused = new List<ScoredPair>();
        var clusters = Clusterer.Cluster(records, [new ScoredPair(0, 1, 20, 0), new ScoredPair(1, 2, 19, 0)], refused);
        Assert.Equal(clusters[0], clusters[1]);
        Assert.NotEqual(clusters[1], clusters[2]);
        Assert.Equal(new ScoredPair(1, 2, 19, 0), Assert.Single(refused));
    }

    [Fact]
    public void The_generator_is_deterministic_and_makes_duplicates_with_truth()
    {
        var first = ChildRecordGenerator.Generate(500, seed: 3);
        var second = ChildRecordGenerator.Generate(500, seed: 3);
        Assert.Equal(first.Records, second.Records);
        Assert.Equal(first.Truth, second.Truth);
        Assert.InRange(first.Children, 200, 450);
        Assert.NotEqual(first.Records, ChildRecordGenerator.Generate(500, seed: 4).Records);
    }

    [Fact]
    public void Every_pair_has_a_weight_breakdown_by_field_that_adds_up()
    {
        var generated = ChildRecordGenerator.Generate(1500, seed: 11);
        var records = new RecordSet();
        foreach (var record in generated.Records)
        {
            records.Add(record);
        }

        var result = Deduplicator.Run(records, new LinkageOptions());
        var pair = result.AutoLinks[0];
        var breakdown = result.Explain(pair);
        Assert.Equal(Levels.FieldCount, breakdown.Fields.Count);
        Assert.Equal(pair.Weight, breakdown.TotalWeight, 2);
        Assert.Contains(breakdown.Fields, f => f.Field == Field.Family && f.Description.Length > 0);
        Assert.Equal(result.PairsScored, result.Blocking.Sum(r => r.NewPairs));
    }

    [Fact]
    public void The_live_index_finds_a_nickname_variant_and_leaves_a_stranger_alone()
    {
        var generated = ChildRecordGenerator.Generate(3000, seed: 5);
        var records = new RecordSet();
        foreach (var record in generated.Records)
        {
            records.Add(record);
        }

        var result = Deduplicator.Run(records, new LinkageOptions());
        var index = new LinkageIndex(result.Model, records: records);
        var known = generated.Records[0];
        var matches = index.Match(known with { Id = "new-1", Given = known.Given == "WILLIAM" ? "BILL" : known.Given, NhsNumber = null });
        Assert.Equal(known.Id, matches[0].Id);
        Assert.Equal(MatchBand.Link, matches[0].Band);
        Assert.Equal(3000, index.Count);

        var stranger = index.Match(new PersonRecord { Id = "new-2", Given = "Zebedee", Family = "Quartermaine", DateOfBirth = "1901-01-01", Postcode = "ZZ9 9ZZ" });
        Assert.DoesNotContain(stranger, m => m.Band == MatchBand.Link);

        index.Add(known with { Id = "new-3" });
        Assert.Equal(3001, index.Count);
        Assert.Contains(index.Match(known with { Id = "new-4" }), m => m.Id == "new-3");
    }

    [Fact]
    public void Metrics_are_pairwise_and_b_cubed()
    {
        var metrics = LinkageMetrics.Evaluate([0, 0, 0, 1], [0, 0, 1, 1]);
        Assert.Equal(1.0 / 3, metrics.PairPrecision, 6);
        Assert.Equal(0.5, metrics.PairRecall, 6);
        Assert.Equal(((2.0 / 3) + (2.0 / 3) + (1.0 / 3) + 1) / 4, metrics.BCubedPrecision, 6);
    }

    [Fact]
    public void Bad_rows_are_reported_with_line_and_reason_and_the_rest_is_read()
    {
        var csv = "id,first,last,dob,nhs\n" +
            "1,Amy,Stone,2014-03-07,9434765919\n" +
            "2,\"Lee, Jr\",Stone,2014-03-07,\n" +
            ",Bo,Stone,2014-03-07,\n" +
            "4,Cy,Stone,2014-02-31,\n" +
            "5,Di,Stone,2014-03-07,9434765918\n" +
            "6,Ed,Stone\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(csv).Concat(new byte[] { (byte)'7', (byte)',', 0xFF, 0xFE, (byte)',', (byte)'x', (byte)',', (byte)',', (byte)'\n' }).ToArray();
        var result = CsvInput.Read(bytes, ColumnMap.Parse("id=id,given=first,family=last,dob=dob,nhs=nhs"));
        Assert.Equal(["1", "2", "4", "5"], result.Records.Select(r => r.Id));
        Assert.Equal("Lee, Jr", result.Records[1].Given);
        Assert.Contains(result.Problems, p => p.Line == 4 && p.Reason.Contains("blank", StringComparison.Ordinal) && p.Skipped);
        Assert.Contains(result.Problems, p => p.Line == 5 && p.Reason.Contains("not a real date", StringComparison.Ordinal) && !p.Skipped);
        Assert.Contains(result.Problems, p => p.Line == 6 && p.Reason.Contains("modulus-11", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Line == 7 && p.Reason.Contains("fields", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Line == 8 && p.Reason.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Null(result.Records[3].NhsNumber);
        Assert.Throws<CsvInputException>(() => CsvInput.Read(bytes, ColumnMap.Parse("id=id,given=forename")));
    }
}
