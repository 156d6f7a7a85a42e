using System.Diagnostics;
using System.Globalization;
using Tessera.Core.Modules.Language.Contracts;
using Tessera.Core.Modules.Language.Models;

// Times the plain-language check on a 2,000-word practitioner note (target: ≤ 5 ms), and the agency-term marking on
// the same text. Run: dotnet run -c Release --project bench/Tessera.LanguageBench [-- runs]
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var text = Note.Build(2000);
var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
var checker = new PlainLanguageChecker();
var index = new AgencyTermIndex(VocabularyDefaults.Mappings.Select(m =>
{
    var term = VocabularyDefaults.Terms.Single(t => t.Id == m.TermId);
    return new AgencyTermEntry(m.AgencyTerm, m.UsedBy, term.Term, term.Definition);
}));

var findings = checker.Check(text, new WordingCheckOptions { ExpectChildVoice = true }).Count;
var marked = index.Find(text).Count;
Console.WriteLine($"text: {words} words, {text.Length} characters; {findings} findings; {marked} agency terms");
Report("plain-language check", Time(() => checker.Check(text, new WordingCheckOptions { ExpectChildVoice = true }), runs, out var checkCpu), checkCpu);
Report("agency-term marking", Time(() => index.Find(text), runs, out var markCpu), markCpu);

// Wall-clock times include waiting for a CPU on a shared machine; the process CPU time per run is printed too, as the
// cost of the work itself (it includes the garbage collector's share).
static double[] Time(Func<object> work, int runs, out double cpuPerRun)
{
    for (var i = 0; i < 200; i++)
    {
        work();
    }

    var times = new double[runs];
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < runs; i++)
    {
        var start = Stopwatch.GetTimestamp();
        GC.KeepAlive(work());
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;

    Array.Sort(times);
    return times;
}

static void Report(string name, double[] sorted, double cpuPerRun)
{
    static string F(double ms) => ms.ToString("0.000", CultureInfo.InvariantCulture);
    Console.WriteLine($"{name}: runs {sorted.Length}, median {F(sorted[sorted.Length / 2])} ms, p95 {F(sorted[(int)(sorted.Length * 0.95)])} ms, " +
        $"p99 {F(sorted[(int)(sorted.Length * 0.99)])} ms, max {F(sorted[^1])} ms, mean {F(sorted.Average())} ms, CPU per run {F(cpuPerRun)} ms");
}

/// <summary>A long, realistic note: clear sentences mixed with ones the check should point out, cycled to length.</summary>
internal static class Note
{
    private static readonly string[] Sentences =
    [
        "I visited the family home at 4pm on Tuesday with the health visitor.",
        "J said that Mum's BF shouted at him last night and threw a plate.",
        "There are concerns about home conditions.",
        "The kitchen floor was covered in dog faeces and there was no food in the fridge.",
        "Mother is neglectful.",
        "Police attended a DA incident at the address on Saturday and took no further action.",
        "Ruby told me \"I don't like it when they fight, I hide under my bed.\"",
        "The case was escalated to the MASH and a strategy discussion was held.",
        "Noah has missed 14 days of school since September and his attendance is 61%.",
        "Dad seemed tired and said he had been working nights at the warehouse.",
        "Mum disclosed that her partner takes her bank card and checks her phone.",
        "The children are in receipt of free school meals and were seen in situ.",
        "Grandmother lives next door and has the children after school every day.",
        "Ava is LAC and has contact sessions with her birth mother every Saturday.",
        "Stepdad is aggressive.",
        "The flat had mould on the bedroom walls and the boiler was broken.",
        "School will monitor attendance going forward and liaise with the GP.",
        "Leo presented as withdrawn during the lesson and did not eat his lunch.",
        "A referral was made to CAMHS prior to the Christmas holidays.",
        "Mia wants to stay with her foster carers and said she feels safe there.",
    ];

    public static string Build(int words)
    {
        var text = new System.Text.StringBuilder();
        var count = 0;
        for (var i = 0; count < words; i++)
        {
            var sentence = Sentences[i % Sentences.Length];
            text.Append(sentence).Append(i % 5 == 4 ? "\n\n" : " ");
            count += sentence.Split(' ').Length;
        }

        return text.ToString();
    }
}
