using System.Reflection;
using Tessera.Core.Processes;
using Tessera.GovUk;

namespace Tessera.ArchitectureTests;

internal static class Assemblies
{
    public static readonly Assembly Core = typeof(IEvent).Assembly;
    public static readonly Assembly Web = typeof(Program).Assembly;
    public static readonly Assembly GovUk = typeof(GovUkComponents).Assembly;

    public static IEnumerable<Assembly> All => [Core, Web, GovUk];

    /// <summary>The repository root: the folder above the test output that holds Tessera.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tessera.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Tessera.slnx.");
    }

    /// <summary>Types a person wrote (not compiler-generated closures, state machines or records' helpers).</summary>
    public static IEnumerable<Type> WrittenTypes(this Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.Name.Contains('<', StringComparison.Ordinal) && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false));
}
