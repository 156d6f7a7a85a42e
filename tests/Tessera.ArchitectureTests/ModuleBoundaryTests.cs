using NetArchTest.Rules;

namespace Tessera.ArchitectureTests;

/// <summary>
/// Modules (Tessera.Core.Modules.&lt;Module&gt;) use each other only through their Contracts, Models and Events, never through
/// another module's Services, except for the short allow-list below.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string ModulesNamespace = "Tessera.Core.Modules";

    public static readonly TheoryData<string> Modules = ["Partnership", "Children", "Concerns", "Notifications", "Api", "Access", "Audit", "Retention", "Sharing", "Language", "Practice", "Guidance", "Barriers", "Training", "Reporting"];

    /// <summary>The namespaces of a module that other modules may use.</summary>
    private static readonly string[] PublicParts = ["Contracts", "Models", "Events"];

    /// <summary>
    /// Services one module may call in another. Keep it short: each entry is a deliberate, reviewed coupling.
    /// Concerns raises inbox alerts in the same process (and transaction) as the change that causes them.
    /// </summary>
    private static readonly (string From, string Service)[] AllowedServices =
    [
        ("Concerns", "Tessera.Core.Modules.Notifications.Services.Inbox"),

        // Sharing alerts recipients and senders in the same process as the share, acknowledgement or reply.
        ("Sharing", "Tessera.Core.Modules.Notifications.Services.Inbox"),

        // Every module records reads, searches and denials in the audit log as part of its own work.
        ("Access", "Tessera.Core.Modules.Audit.Services.AuditTrail"),
        ("Retention", "Tessera.Core.Modules.Audit.Services.AuditTrail"),
        ("Access", "Tessera.Core.Modules.Notifications.Services.Inbox"),
        // New guidance asks every practitioner to read it; a response to a barrier tells its reporter (issue 6).
        ("Guidance", "Tessera.Core.Modules.Notifications.Services.Inbox"),
        ("Barriers", "Tessera.Core.Modules.Notifications.Services.Inbox"),

        // Emergency access finds a child by NHS number with the same check the Children module applies.
        ("Access", "Tessera.Core.Modules.Children.Identifiers.NhsNumber"),
        // Data rights decide access to a child like every other module, and never let an active shield leave.
        ("Retention", "Tessera.Core.Modules.Access.Services.AccessService"),
        ("Retention", "Tessera.Core.Modules.Access.Services.ShieldRules"),

        // Sharing: advice requests and registry changes alert people inside their own process.
        ("Sharing", "Tessera.Core.Modules.Notifications.Services.Inbox"),
        // Training reminders and waiting-list places reach practitioners through the inbox, in the same process.
        ("Training", "Tessera.Core.Modules.Notifications.Services.Inbox"),
    ];

    [Fact]
    public void Every_module_is_listed()
    {
        var found = Assemblies.Core.WrittenTypes()
            .Select(t => t.Namespace ?? "")
            .Where(ns => ns.StartsWith(ModulesNamespace + ".", StringComparison.Ordinal))
            .Select(ns => ns.Split('.')[3])
            .Distinct()
            .Order()
            .ToList();
        Assert.Equal(Modules.Select(m => m.Data).Order().ToList(), found);
    }

    [Fact]
    public void Allowed_services_exist()
    {
        // A stale allow-list entry would silently allow a future type of that name.
        foreach (var (_, service) in AllowedServices)
        {
            Assert.True(Assemblies.Core.GetType(service) is not null, $"Allow-listed service {service} does not exist; remove it from the list.");
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Services_do_not_use_another_modules_services(string module)
    {
        var failures = new List<string>();
        foreach (var other in Modules.Select(m => m.Data).Where(m => m != module))
        {
            var forbidden = Assemblies.Core.WrittenTypes()
                .Where(t => t.Namespace == $"{ModulesNamespace}.{other}.Services" && !t.IsNested)
                .Select(t => t.FullName!)
                .Where(name => !AllowedServices.Contains((module, name)))
                .ToArray();
            failures.AddRange(Failing($"{ModulesNamespace}.{module}.Services", forbidden)
                .Select(type => $"{type} uses {other}.Services"));
        }

        Assert.True(failures.Count == 0,
            $"Module {module}'s services call another module's services. Go through its Contracts, Models or Events, " +
            $"or add a reviewed entry to {nameof(AllowedServices)}:{Environment.NewLine}" + string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_uses_other_modules_only_through_contracts_models_and_events(string module)
    {
        var failures = new List<string>();
        foreach (var other in Modules.Select(m => m.Data).Where(m => m != module))
        {
            var prefix = $"{ModulesNamespace}.{other}.";
            var forbidden = Assemblies.Core.WrittenTypes()
                .Where(t => !t.IsNested && t.Namespace is { } ns && ns.StartsWith(prefix, StringComparison.Ordinal))
                .Where(t => !PublicParts.Contains(t.Namespace![prefix.Length..].Split('.')[0]))
                .Select(t => t.FullName!)
                .Where(name => !AllowedServices.Contains((module, name)))
                .ToArray();
            failures.AddRange(Failing($"{ModulesNamespace}.{module}", forbidden)
                .Select(type => $"{type} uses {other}'s internals"));
        }

        Assert.True(failures.Count == 0,
            $"Module {module} reaches into another module beyond its Contracts, Models and Events:{Environment.NewLine}" +
            string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<string> Failing(string inNamespace, string[] forbidden)
    {
        if (forbidden.Length == 0)
        {
            return [];
        }

        var result = Types.InAssembly(Assemblies.Core)
            .That().ResideInNamespace(inNamespace)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames ?? [];
    }
}
