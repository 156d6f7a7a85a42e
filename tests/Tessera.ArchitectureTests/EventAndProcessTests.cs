using System.Reflection;
using Tessera.Core.Processes;

namespace Tessera.ArchitectureTests;

/// <summary>Event and process numbers are stored, so they must be declared, unique and never reused.</summary>
public sealed class EventAndProcessTests
{
    /// <summary>Past-tense event names that do not end in "ed" (irregular verbs such as "ReferralSent"). Keep it short.</summary>
    private static readonly HashSet<string> IrregularPastTense = [];

    /// <summary>Phrasal verbs end in a particle after the verb ("PractitionerSignedIn").</summary>
    private static readonly string[] Particles = ["In", "Out", "Up", "Down", "On", "Off", "Back", "Over"];

    private static List<Type> EventTypes() =>
        Assemblies.All.SelectMany(a => a.WrittenTypes())
            .Where(t => typeof(IEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToList();

    [Fact]
    public void There_are_events_to_check() => Assert.True(EventTypes().Count >= 20, "Expected to find the event types; is the IEvent scan broken?");

    [Fact]
    public void Every_event_has_an_event_type_number()
    {
        var missing = EventTypes().Where(t => t.GetCustomAttribute<EventTypeAttribute>() is null).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "These events have no [EventType(n)] attribute: " + string.Join(", ", missing));
    }

    [Fact]
    public void Event_type_numbers_are_unique()
    {
        var duplicates = EventTypes()
            .Where(t => t.GetCustomAttribute<EventTypeAttribute>() is not null)
            .GroupBy(t => t.GetCustomAttribute<EventTypeAttribute>()!.Number)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}")
            .ToList();
        Assert.True(duplicates.Count == 0, "These event type numbers are used more than once: " + string.Join("; ", duplicates));
    }

    [Fact]
    public void Event_names_are_past_tense()
    {
        var wrong = EventTypes()
            .Where(t => !IsPastTense(t.Name))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(wrong.Count == 0,
            "Events are facts that happened, so their names are past tense (ending in 'ed', optionally followed by a particle " +
            "such as 'In' or 'Out', or listed in " +
            $"{nameof(IrregularPastTense)}): " + string.Join(", ", wrong));
    }

    [Fact]
    public void Process_type_numbers_are_unique()
    {
        var duplicates = Enum.GetNames<ProcessType>()
            .GroupBy(name => (int)Enum.Parse<ProcessType>(name))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g)}")
            .ToList();
        Assert.True(duplicates.Count == 0, "These ProcessType numbers are used more than once: " + string.Join("; ", duplicates));
    }

    private static bool IsPastTense(string name)
    {
        if (IrregularPastTense.Contains(name))
        {
            return true;
        }

        var verb = Particles.FirstOrDefault(p => name.EndsWith(p, StringComparison.Ordinal)) is { } particle ? name[..^particle.Length] : name;
        return verb.EndsWith("ed", StringComparison.Ordinal);
    }
}
