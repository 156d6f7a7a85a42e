using System.Text.Json;
using AngleSharp.Diffing;
using AngleSharp.Diffing.Core;

namespace Tessera.GovUk.Tests;

/// <summary>Loads the govuk-frontend fixtures and compares rendered HTML with them.</summary>
public static class FixtureSupport
{
    /// <summary>Components whose fixtures must be present and tested (the set this library implements).</summary>
    public static readonly string[] Components =
    [
        "button", "input", "textarea", "character-count", "radios", "checkboxes", "date-input", "select",
        "error-summary", "error-message", "summary-list", "table", "tag", "notification-banner", "panel",
        "back-link", "breadcrumbs", "service-navigation", "header", "footer", "skip-link", "phase-banner",
        "pagination", "details", "inset-text", "warning-text", "exit-this-page",
    ];

    /// <summary>Shared pieces the components build on, tested against their own fixtures too.</summary>
    public static readonly string[] SharedComponents = ["label", "hint", "fieldset"];

    /// <summary>
    /// Fixtures that cannot apply to a C# renderer, keyed "component/fixture name", with the reason.
    /// Keep this short: everything else must render exactly.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Exclusions = new Dictionary<string, string>
    {
    };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = true,
    };

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string> Names(string component)
    {
        var data = new TheoryData<string>();
        foreach (var fixture in Load(component))
        {
            data.Add(fixture.GetProperty("name").GetString()!);
        }

        return data;
    }

    public static void Check<T>(string component, string name, Func<T, string> render)
    {
        if (Exclusions.TryGetValue($"{component}/{name}", out var reason))
        {
            Assert.Skip(reason);
        }

        var fixture = Load(component).Single(f => f.GetProperty("name").GetString() == name);
        var options = fixture.GetProperty("options").Deserialize<T>(JsonOptions)!;
        var expected = fixture.GetProperty("html").GetString()!;
        var actual = render(options);

        var diffs = Differences(expected, actual);
        if (diffs.Count > 0)
        {
            Assert.Fail($"{diffs.Count} difference(s): {string.Join("; ", diffs.Select(Describe))}\n--- expected ---\n{expected}\n--- actual ---\n{actual}");
        }
    }

    /// <summary>Structural differences, ignoring whitespace, comments, attribute order and class order.</summary>
    public static List<IDiff> Differences(string expected, string actual) =>
        [.. DiffBuilder.Compare(expected).WithTest(actual).WithOptions(o => o.AddDefaultOptions()).Build()];

    private static string Describe(IDiff diff) => diff switch
    {
        NodeDiff d => $"{d.Result} {d.Target} at {d.Control.Path}: expected '{d.Control.Node.TextContent.Trim()}' got '{d.Test.Node.TextContent.Trim()}'",
        AttrDiff d => $"{d.Result} attr at {d.Control.Path}: expected '{d.Control.Attribute.Value}' got '{d.Test.Attribute.Value}'",
        MissingNodeDiff d => $"missing node {d.Control.Path}",
        MissingAttrDiff d => $"missing attr {d.Control.Path}",
        UnexpectedNodeDiff d => $"unexpected node {d.Test.Path}",
        UnexpectedAttrDiff d => $"unexpected attr {d.Test.Path}",
        _ => diff.ToString() ?? "diff",
    };

    private static List<JsonElement> Load(string component)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixturesDirectory, component + ".json")));
        return [.. doc.RootElement.GetProperty("fixtures").EnumerateArray().Select(e => e.Clone())];
    }
}
