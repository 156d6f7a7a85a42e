using System.Text.RegularExpressions;

namespace Tessera.ArchitectureTests;

/// <summary>Time comes from TimeProvider so tests can control it; nothing in src reads the system clock directly.</summary>
public sealed partial class ClockTests
{
    [Fact]
    public void Source_does_not_read_the_system_clock()
    {
        var src = Path.Combine(Assemblies.RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(src, f).Split(Path.DirectorySeparatorChar).Any(part => part is "Migrations" or "bin" or "obj"))
            .ToList();
        Assert.NotEmpty(files);

        var hits = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].Split("//")[0];
                if (SystemClock().IsMatch(code))
                {
                    hits.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(hits.Count == 0, "Use an injected TimeProvider (clock.GetUtcNow()) instead of the system clock:" + Environment.NewLine + string.Join(Environment.NewLine, hits));
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Now|UtcNow|Today)\b")]
    private static partial Regex SystemClock();
}
