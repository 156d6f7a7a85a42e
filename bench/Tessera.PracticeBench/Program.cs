using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Practice.Contracts;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Core.Modules.Practice.Services;
using Tessera.Core.Seeding;

// Tessera.PracticeBench --database <sqlite:path|postgres:connection> [--items 10000] [--queries 1000]
// Fills the good-practice library to --items published examples (synthetic text built from the demo examples), then
// times --queries searches (one to three words, some with a theme, tag or agency filter, a few with operator noise)
// through PracticeSearch, the service the page uses, and prints percentiles.
var options = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

if (!options.TryGetValue("database", out var databaseArgument))
{
    await Console.Error.WriteLineAsync("usage: Tessera.PracticeBench --database <sqlite:path|postgres:connection> [--items 10000] [--queries 1000]");
    return 2;
}

var database = DatabaseSettings.FromCliArgument(databaseArgument);
var items = int.Parse(options.GetValueOrDefault("items", "10000"));
var queries = int.Parse(options.GetValueOrDefault("queries", "1000"));
var random = new Random(20261125);
var words = PracticeSeed.Examples.SelectMany(e => $"{e.Title} {e.Summary} {e.WhatWorked}".Split(' ', StringSplitOptions.RemoveEmptyEntries))
    .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant()).Where(w => w.Length > 3).Distinct().ToArray();
var tags = PracticeSeed.Examples.SelectMany(e => e.Tags.Split(',')).Distinct().ToArray();

await using (var db = DatabaseRegistration.CreateContext(database))
{
    await db.Database.MigrateAsync();
    var have = await db.PracticeExamples.CountAsync();
    var fill = Stopwatch.StartNew();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var n = have; n < items; n++)
    {
        var source = PracticeSeed.Examples[random.Next(PracticeSeed.Examples.Length)];
        var at = DateTimeOffset.UtcNow.AddMinutes(-n);
        db.PracticeExamples.Add(new PracticeExample
        {
            Id = Guid.CreateVersion7(),
            Title = $"{source.Title} ({Sentence(3)})",
            Summary = $"{source.Summary} {Sentence(25)}",
            WhatWorked = $"{source.WhatWorked} {Sentence(80)}",
            Themes = source.Themes,
            Tags = PipeList.Join(source.Tags.Split(',').Append(tags[random.Next(tags.Length)]).Distinct()),
            AgencyTypes = PipeList.Join(source.Agencies.Select(a => a.ToString())),
            Status = n % 10 == 9 ? PracticeExampleStatus.AwaitingModeration : PracticeExampleStatus.Published,
            SubmittedAt = at,
            PublishedAt = n % 10 == 9 ? null : at,
        });
        if ((n + 1) % 1000 == 0 || n + 1 == items)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    Console.WriteLine($"{database.Provider}: {await db.PracticeExamples.CountAsync()} examples ({items - Math.Min(have, items)} added in {fill.Elapsed.TotalSeconds:F1} s)");
}

var texts = Enumerable.Range(0, queries).Select(i => (i % 10) switch
{
    0 => new PracticeSearchQuery($"\"{words[random.Next(words.Length)]}* NEAR -{words[random.Next(words.Length)]}"),
    1 => new PracticeSearchQuery(words[random.Next(words.Length)], Theme: PracticeThemes.ProfessionalCapability),
    2 => new PracticeSearchQuery(words[random.Next(words.Length)], Tag: tags[random.Next(tags.Length)]),
    3 => new PracticeSearchQuery(words[random.Next(words.Length)], AgencyType: AgencyType.School),
    4 => new PracticeSearchQuery(null, Theme: PracticeThemes.UnderstandingVulnerabilityAndRisk),
    5 or 6 => new PracticeSearchQuery($"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}"),
    7 => new PracticeSearchQuery($"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {words[random.Next(words.Length)]}"),
    _ => new PracticeSearchQuery(words[random.Next(words.Length)][..4]),
}).ToList();

var timings = new List<double>(queries);
var hits = 0L;
for (var round = 0; round < 2; round++)
{
    // Round 0 warms up connections and query plans; round 1 is measured.
    foreach (var query in round == 0 ? texts.Take(50) : texts)
    {
        await using var db = DatabaseRegistration.CreateContext(database);
        var watch = Stopwatch.StartNew();
        var results = await new PracticeSearch(db).SearchAsync(query);
        watch.Stop();
        if (round == 1)
        {
            timings.Add(watch.Elapsed.TotalMilliseconds);
            hits += results.Count;
        }
    }
}

timings.Sort();
double Percentile(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
Console.WriteLine($"{queries} searches (page of 20), mean {hits / (double)queries:F1} results: p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms, max {timings[^1]:F2} ms");
return 0;

string Sentence(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
