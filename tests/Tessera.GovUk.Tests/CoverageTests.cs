using System.Reflection;

namespace Tessera.GovUk.Tests;

public class CoverageTests
{
    [Fact]
    public void Every_component_has_its_fixture_file()
    {
        var files = Directory.GetFiles(FixtureSupport.FixturesDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var missing = FixtureSupport.Components.Concat(FixtureSupport.SharedComponents).Where(c => !files.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "Missing fixture files: " + string.Join(", ", missing));
        Assert.Equal(27, FixtureSupport.Components.Length);
    }

    [Fact]
    public void Every_component_has_a_fixture_theory()
    {
        var methods = typeof(ComponentFixtureTests).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name).ToHashSet();
        var missing = FixtureSupport.Components.Concat(FixtureSupport.SharedComponents).Select(ToPascal).Where(n => !methods.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "Missing fixture theories: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_exclusion_names_an_existing_fixture()
    {
        foreach (var key in FixtureSupport.Exclusions.Keys)
        {
            var component = key[..key.IndexOf('/', StringComparison.Ordinal)];
            var name = key[(component.Length + 1)..];
            Assert.Contains(name, FixtureSupport.Names(component).Select(row => row.Data));
        }
    }

    private static string ToPascal(string component) =>
        string.Concat(component.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
