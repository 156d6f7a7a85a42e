using System.Reflection;

namespace Tessera.Linkage.Standardisation;

/// <summary>
/// The nickname and variant table (Data/name-variants.txt): Bill and William, Peggy and Margaret. Each name maps to the
/// groups it belongs to, packed as up to four 16-bit group numbers so a pair comparison is a few integer tests.
/// </summary>
public sealed class NameVariants
{
    private readonly Dictionary<string, ulong> _groups;

    private NameVariants(Dictionary<string, ulong> groups, int groupCount)
    {
        _groups = groups;
        GroupCount = groupCount;
    }

    public static NameVariants Default { get; } = LoadDefault();

    public int GroupCount { get; }

    public int NameCount => _groups.Count;

    /// <summary>The packed groups of a cleaned given name, or 0 when the table does not know it.</summary>
    public ulong GroupsOf(string cleanedName) => _groups.GetValueOrDefault(cleanedName);

    /// <summary>Other names sharing a group with this one (not the name itself).</summary>
    public IReadOnlyList<string> VariantsOf(string cleanedName)
    {
        var groups = GroupsOf(cleanedName);
        return groups == 0 ? [] : [.. _groups.Where(kv => kv.Key != cleanedName && Share(kv.Value, groups)).Select(kv => kv.Key).Order(StringComparer.Ordinal)];
    }

    public bool AreVariants(string cleanedA, string cleanedB) => Share(GroupsOf(cleanedA), GroupsOf(cleanedB));

    /// <summary>True when two packed group sets have a group in common.</summary>
    public static bool Share(ulong a, ulong b)
    {
        if (a == 0 || b == 0)
        {
            return false;
        }

        for (var i = 0; i < 64; i += 16)
        {
            var ga = (a >> i) & 0xFFFF;
            if (ga == 0)
            {
                break;
            }

            for (var j = 0; j < 64; j += 16)
            {
                var gb = (b >> j) & 0xFFFF;
                if (gb == 0)
                {
                    break;
                }

                if (ga == gb)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static NameVariants Parse(IEnumerable<string> lines)
    {
        var groups = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var group = 0;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            group++;
            foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var packed = groups.GetValueOrDefault(name);
                if (Share(packed, (ulong)group))
                {
                    continue;
                }

                // Up to four groups a name; a fifth adds nothing a reviewer would miss.
                for (var shift = 0; shift < 64; shift += 16)
                {
                    if (((packed >> shift) & 0xFFFF) == 0)
                    {
                        packed |= (ulong)group << shift;
                        break;
                    }
                }

                groups[name] = packed;
            }
        }

        return new NameVariants(groups, group);
    }

    private static NameVariants LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tessera.Linkage.name-variants.txt")
            ?? throw new InvalidOperationException("The name variant table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return Parse(lines);
    }
}
