using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Modules.Api.Services;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.TestSupport;

namespace Tessera.Web.Tests.Infrastructure;

/// <summary>Arranges data straight through Core services, so each test starts from records only it uses.</summary>
public static class Seed
{
    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    /// <summary>A child with a unique family name, held by the agency of <paramref name="by"/>.</summary>
    public static async Task<ChildRecord> ChildAsync(this TesseraApp app, Practitioner by, string? familyName = null)
    {
        await using var db = app.CreateDbContext();
        var input = new ChildRecordInput
        {
            GivenName = "Robin",
            FamilyName = familyName ?? Unique("Seeded"),
            DateOfBirth = new DateOnly(2015, 6, 1),
            Sex = Sex.NotKnown,
        };
        var process = ProcessContext.Start(ProcessType.ChildRecordCreated, Actor.ForPractitioner(by.Id, by.AgencyId), app.Clock);
        var outcome = await new ChildRecordService(db).CreateAsync(input, process);
        Assert.True(outcome.Succeeded);
        return outcome.Value!;
    }

    /// <summary>An open concern about <paramref name="child"/>, recorded by <paramref name="by"/>.</summary>
    public static async Task<Concern> ConcernAsync(this TesseraApp app, Practitioner by, ChildRecord child, string whatHappened = "Arrived without a coat in the snow.")
    {
        await using var db = app.CreateDbContext();
        var input = new RecordConcernInput
        {
            ChildRecordId = child.Id,
            CategoryCode = "neglect",
            LevelOfNeed = LevelOfNeed.EarlyHelp,
            WhatHappened = whatHappened,
            ChildSaid = "I was cold.",
        };
        var process = ProcessContext.Start(ProcessType.ConcernRecorded, Actor.ForPractitioner(by.Id, by.AgencyId), app.Clock);
        var outcome = await new ConcernService(db, new Inbox(db)).RecordAsync(input, process);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.All.Select(e => $"{e.Key}: {e.Value}")));
        return outcome.Value!;
    }

    /// <summary>A new account of its own, for tests that lock, disable or change it.</summary>
    public static async Task<Practitioner> PractitionerAsync(this TesseraApp app, Guid agencyId, PractitionerRoles roles, Guid? teamId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Practitioner>>();
        var email = $"{Unique("person-")}@example.org";
        var practitioner = new Practitioner
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            LockoutEnabled = true,
            DisplayName = Unique("Person "),
            AgencyId = agencyId,
            Roles = roles,
            TeamId = teamId,
            CreatedAt = app.Clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(practitioner, TestPartnership.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return practitioner;
    }

    /// <summary>Issues an API key for the agency of <paramref name="actsAs"/>, acting as that practitioner.</summary>
    public static async Task<string> ApiKeyAsync(this TesseraApp app, Practitioner actsAs)
    {
        await using var db = app.CreateDbContext();
        var admin = app.Partnership.Administrator;
        var process = ProcessContext.Start(ProcessType.ApiKeyIssued, Actor.ForPractitioner(admin.Id, admin.AgencyId), app.Clock);
        var issued = await new ApiKeyService(db).IssueAsync(actsAs.AgencyId, Unique("Test system "), actsAs.Id, process);
        return issued.Secret;
    }
}
