using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Processes;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Children;

/// <summary>Search results respect shields: a shielded postcode is withheld and a shielded alias finds nobody.</summary>
public sealed class ShieldedSearchTests(AppHosts hosts)
{
    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task A_shielded_postcode_is_withheld_and_a_shielded_alias_does_not_find_the_child(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var family = Seed.Unique("Refugeson");
        var alias = Seed.Unique("Hiddenname");
        var child = await ShieldedChildAsync(app, family, alias);

        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var byName = await teacher.SearchChildrenAsync($"Kit {family}");
        var row = Assert.Single(byName.Document.QuerySelectorAll("tbody tr"), r => r.InnerHtml.Contains(child.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains("Withheld", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ZZ9 9ZZ", byName.Document.Body!.TextContent, StringComparison.Ordinal);

        var byAlias = await teacher.SearchChildrenAsync($"Kit {alias}");
        Assert.DoesNotContain($"/children/{child.Id}", byAlias.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        // The owning agency's DSL sees both.
        using var dsl = app.CreateBrowser();
        await dsl.SignInAsync(p.SchoolDsl);
        Assert.Contains("ZZ9 9ZZ", (await dsl.SearchChildrenAsync($"Kit {family}")).Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"/children/{child.Id}", (await dsl.SearchChildrenAsync($"Kit {alias}")).Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    private static async Task<ChildRecord> ShieldedChildAsync(TesseraApp app, string family, string alias)
    {
        var p = app.Partnership;
        await using var db = app.CreateDbContext();
        var process = ProcessContext.Start(ProcessType.ChildRecordCreated, Actor.ForPractitioner(p.Teacher.Id, p.SchoolId), app.Clock);
        var outcome = await new ChildRecordService(db).CreateAsync(new ChildRecordInput
        {
            GivenName = "Kit",
            FamilyName = family,
            DateOfBirth = new DateOnly(2014, 2, 3),
            Sex = Sex.NotKnown,
            Postcode = "ZZ9 9ZZ",
            Aliases = [new AliasInput("Kit", alias)],
        }, process);
        var child = outcome.Value!;
        foreach (var (target, targetId) in new[] { (ShieldTarget.ChildAddress, (Guid?)null), (ShieldTarget.Alias, child.Aliases.Single().Id) })
        {
            db.Shields.Add(new Shield
            {
                Id = Guid.CreateVersion7(),
                ChildRecordId = child.Id,
                OwningAgencyId = p.SchoolId,
                Target = target,
                TargetId = targetId,
                Reason = "Refuge address and the name used there.",
                ShieldedById = p.SchoolDsl.Id,
                ShieldedAt = app.Clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync();
        return child;
    }
}
