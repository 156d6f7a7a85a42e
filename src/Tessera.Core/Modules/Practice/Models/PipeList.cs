namespace Tessera.Core.Modules.Practice.Models;

/// <summary>Lists stored as "|a|b|": a single value is matched with LIKE '%|a|%' on either database.</summary>
public static class PipeList
{
    public static string Join(IEnumerable<string> values) =>
        "|" + string.Concat(values.Select(v => v + "|"));

    public static IReadOnlyList<string> Split(string stored) =>
        stored.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
