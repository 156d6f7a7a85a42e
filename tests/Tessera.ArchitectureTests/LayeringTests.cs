using System.Reflection;
using NetArchTest.Rules;

namespace Tessera.ArchitectureTests;

/// <summary>Which assembly may depend on which: GOV.UK components stand alone, and the core knows nothing of the web.</summary>
public sealed class LayeringTests
{
    private static readonly string[] OtherTesseraAssemblies = ["Tessera.Core", "Tessera.Web", "Tessera.Migrations", "Tessera.Cli", "Tessera.TestSupport"];

    [Fact]
    public void GovUk_depends_on_nothing_from_Tessera()
    {
        AssertNoReference(Assemblies.GovUk, "Tessera.");
        AssertPasses(Types.InAssembly(Assemblies.GovUk).ShouldNot().HaveDependencyOnAny(OtherTesseraAssemblies), "Tessera.GovUk uses another Tessera assembly");
    }

    [Fact]
    public void Core_does_not_depend_on_the_web_project()
    {
        AssertNoReference(Assemblies.Core, "Tessera.Web");
        AssertPasses(Types.InAssembly(Assemblies.Core).ShouldNot().HaveDependencyOn("Tessera.Web"), "Tessera.Core uses Tessera.Web");
    }

    [Fact]
    public void Core_does_not_depend_on_mvc()
    {
        AssertNoReference(Assemblies.Core, "Microsoft.AspNetCore.Mvc");
        AssertPasses(Types.InAssembly(Assemblies.Core).ShouldNot().HaveDependencyOn("Microsoft.AspNetCore.Mvc"), "Tessera.Core uses ASP.NET Core MVC");
    }

    [Fact]
    public void Linkage_depends_on_neither_the_web_nor_entity_framework_nor_other_Tessera_assemblies()
    {
        var linkage = typeof(Tessera.Linkage.Deduplicator).Assembly;
        AssertNoReference(linkage, "Microsoft.AspNetCore");
        AssertNoReference(linkage, "Microsoft.EntityFrameworkCore");
        AssertNoReference(linkage, "Tessera.");
        AssertPasses(Types.InAssembly(linkage).ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore"), "Tessera.Linkage uses ASP.NET Core or EF Core");
    }

    private static void AssertNoReference(Assembly assembly, string prefix)
    {
        var references = assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) || name == prefix.TrimEnd('.'))
            .ToList();
        Assert.True(references.Count == 0, $"{assembly.GetName().Name} references {string.Join(", ", references)}.");
    }

    private static void AssertPasses(ConditionList rule, string problem)
    {
        var result = rule.GetResult();
        Assert.True(result.IsSuccessful, $"{problem}:{Environment.NewLine}" + string.Join(Environment.NewLine, result.FailingTypeNames ?? []));
    }
}
