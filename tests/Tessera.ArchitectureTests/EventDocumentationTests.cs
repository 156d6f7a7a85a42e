using System.Reflection;
using System.Text.RegularExpressions;
using Tessera.Core.Processes;

namespace Tessera.ArchitectureTests;

/// <summary>docs/audit-events.md is the register of stored event numbers; it must match the code exactly.</summary>
public sealed partial class EventDocumentationTests
{
    [GeneratedRegex(@"^\|\s*(\d+)\s*\|\s*(\w+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [Fact]
    public void Every_event_type_is_in_the_register_with_its_number()
    {
        var documented = Row().Matches(File.ReadAllText(Path.Combine(Assemblies.RepositoryRoot(), "docs", "audit-events.md")))
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")
            .ToHashSet();
        var inCode = Assemblies.All.SelectMany(a => a.WrittenTypes())
            .Where(t => typeof(IEvent).IsAssignableFrom(t) && t.GetCustomAttribute<EventTypeAttribute>() is not null)
            .Select(t => $"{t.GetCustomAttribute<EventTypeAttribute>()!.Number} {t.Name}")
            .ToHashSet();

        Assert.True(inCode.Count > 0);
        Assert.True(inCode.SetEquals(documented),
            "docs/audit-events.md and the code disagree. Missing from the register: " + string.Join(", ", inCode.Except(documented)) +
            ". In the register but not in the code: " + string.Join(", ", documented.Except(inCode)));
    }
}
