using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Tessera.LoadBench;

// A bounded load run against a Tessera on loopback: N signed-in sessions, fixed request counts, then it stops.
// Usage: Tessera.LoadBench --url http://127.0.0.1:5090 [--users 20] [--requests 2000]
var options = Args.Parse(args);
var baseUrl = new Uri(options.Get("url", "http://127.0.0.1:5090"));
if (!baseUrl.IsLoopback)
{
    Console.Error.WriteLine("The load test only runs against this machine (loopback addresses).");
    return 2;
}

var users = int.Parse(options.Get("users", "20"), CultureInfo.InvariantCulture);
var requests = int.Parse(options.Get("requests", "2000"), CultureInfo.InvariantCulture);
var password = options.Get("password", "Riverside-Demo-2026!");
var dsl = options.Get("dsl", "dsl@oakfield-primary.example");
var admin = options.Get("admin", "admin@riverside-council.example");
var agencyName = options.Get("agency", "Oakfield Primary School");

Console.WriteLine($"Signing in {users} sessions as {dsl}…");
var sessions = new List<Session>();
for (var i = 0; i < users; i++)
{
    var session = new Session(baseUrl);
    await session.SignInAsync(dsl, password);
    sessions.Add(session);
}

// Search terms: surnames of children on the DSL's open-concerns pages.
var open = await sessions[0].Client.GetStringAsync(new Uri("/concerns/open", UriKind.Relative));
var surnames = Regex.Matches(open, @"<td class=""govuk-table__cell"">([A-Z][\w'-]+) ([A-Z][\w' -]+)</td>")
    .Select(m => m.Groups[2].Value.Split(' ')[^1]).Distinct().ToArray();
if (surnames.Length == 0)
{
    Console.Error.WriteLine("No open concerns to take search terms from: seed the database first.");
    return 1;
}

var tokens = new List<string>();
foreach (var session in sessions)
{
    tokens.Add(await session.SearchTokenAsync());
}

var childPage = await (await sessions[0].SearchAsync(surnames[0], tokens[0])).Content.ReadAsStringAsync();
var childIds = Regex.Matches(childPage, @"href=""/children/([0-9a-f-]{36})""").Select(m => m.Groups[1].Value).Distinct().ToArray();

Console.WriteLine("Creating an API key as the administrator…");
var adminSession = new Session(baseUrl);
await adminSession.SignInAsync(admin, password);
var keysPage = await adminSession.Client.GetStringAsync(new Uri("/partnership/api-keys", UriKind.Relative));
var agencyId = Regex.Match(keysPage, $@"<option value=""([0-9a-f-]{{36}})""[^>]*>{Regex.Escape(agencyName)}</option>").Groups[1].Value;
var actsAsId = Regex.Match(keysPage, $@"<option value=""([0-9a-f-]{{36}})""[^>]*>[^<]*\({Regex.Escape(agencyName)}\)</option>").Groups[1].Value;
var apiKey = await adminSession.CreateApiKeyAsync(agencyId, actsAsId);
var api = new HttpClient { BaseAddress = baseUrl };
api.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);

if (options.Get("prepare", "") is { Length: > 0 } prepare)
{
    // Hand the signed-in sessions to wrk (bench/wrk/*.lua), which loads the server far less than this process would.
    Directory.CreateDirectory(prepare);
    await File.WriteAllLinesAsync(Path.Combine(prepare, "cookies.txt"), sessions.Select(s => s.CookieHeader));
    await File.WriteAllLinesAsync(Path.Combine(prepare, "tokens.txt"), tokens.Select(Uri.EscapeDataString));
    await File.WriteAllLinesAsync(Path.Combine(prepare, "surnames.txt"), surnames.Select(Uri.EscapeDataString));
    await File.WriteAllLinesAsync(Path.Combine(prepare, "children.txt"), childIds);
    await File.WriteAllTextAsync(Path.Combine(prepare, "apikey.txt"), apiKey + Environment.NewLine);
    Console.WriteLine($"Prepared {sessions.Count} sessions, {surnames.Length} search terms and {childIds.Length} children in {prepare}.");
    return 0;
}

await Measure("open-concerns", i => sessions[i % users].Client.GetAsync(new Uri($"/concerns/open?page={1 + (i % 5)}", UriKind.Relative)));
await Measure("child-search", i => sessions[i % users].SearchAsync(surnames[i % surnames.Length], tokens[i % users]));
await Measure("api-record-concern", i => api.PostAsJsonAsync(new Uri("/api/v1/concerns", UriKind.Relative), new
{
    childRecordId = childIds[i % childIds.Length],
    categoryCode = "neglect",
    levelOfNeed = 2,
    whatHappened = "Load test: arrived hungry and without a coat.",
    childSaid = "Load test: 'I did not have breakfast.'",
}));
return 0;

async Task Measure(string name, Func<int, Task<HttpResponseMessage>> send)
{
    for (var i = 0; i < Math.Min(100, requests); i++)
    {
        (await send(i)).Dispose();
    }

    var latencies = new double[requests];
    var errors = 0;
    var next = -1;
    var total = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, users).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < requests)
        {
            var watch = Stopwatch.StartNew();
            using var response = await send(i);
            await response.Content.ReadAsByteArrayAsync();
            latencies[i] = watch.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }));
    total.Stop();
    Array.Sort(latencies);
    double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"workload={name} requests={requests} concurrency={users} p50_ms={P(0.50):F1} p95_ms={P(0.95):F1} p99_ms={P(0.99):F1} max_ms={latencies[^1]:F1} rps={requests / total.Elapsed.TotalSeconds:F0} errors={errors}"));
}

internal sealed class Args(Dictionary<string, string> values)
{
    public static Args Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Args(values);
    }

    public string Get(string name, string fallback) => values.TryGetValue(name, out var value) ? value : fallback;
}
