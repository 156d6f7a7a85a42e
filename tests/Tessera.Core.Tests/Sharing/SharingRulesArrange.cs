using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Sharing;

/// <summary>
/// The test partnership plus the two statutory partners it lacks (the local authority's children's social care and
/// the ICB), each with a representative, so a registry change can gather all three approvals.
/// </summary>
public sealed class SharingRulesArrange
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    public DatabaseSettings Settings { get; private set; } = null!;
    public TestPartnership P { get; private set; } = null!;
    public Guid SocialCareId { get; } = Guid.CreateVersion7();
    public Guid IcbId { get; } = Guid.CreateVersion7();
    public Practitioner SocialCareDsl { get; private set; } = null!;
    public Practitioner IcbPrivacyOfficer { get; private set; } = null!;

    public static async Task<SharingRulesArrange> CreateAsync(DatabaseProvider provider)
    {
        var arrange = new SharingRulesArrange();
        arrange.Settings = await TestDatabases.CreateAsync(provider);
        arrange.P = await TestPartnership.CreateAsync(arrange.Settings, arrange.Clock);
        await using var db = DatabaseRegistration.CreateContext(arrange.Settings);
        var partnershipId = db.Partnerships.Select(p => p.Id).First();
        db.Agencies.Add(new Agency { Id = arrange.SocialCareId, PartnershipId = partnershipId, Name = "Testshire Children's Services", Type = AgencyType.ChildrensSocialCare });
        db.Agencies.Add(new Agency { Id = arrange.IcbId, PartnershipId = partnershipId, Name = "Testshire ICB", Type = AgencyType.IntegratedCareBoard });
        arrange.SocialCareDsl = Add(db, "dsl@testshire-childrens.example", arrange.SocialCareId, PractitionerRoles.DesignatedSafeguardingLead);
        arrange.IcbPrivacyOfficer = Add(db, "privacy@testshire-icb.example", arrange.IcbId, PractitionerRoles.PrivacyOfficer);
        await db.SaveChangesAsync();
        return arrange;
    }

    public TesseraDbContext Db() => DatabaseRegistration.CreateContext(Settings);

    public ProcessContext Start(ProcessType type, Practitioner who) =>
        ProcessContext.Start(type, Actor.ForPractitioner(who.Id, who.AgencyId), Clock);

    private static Practitioner Add(TesseraDbContext db, string email, Guid agencyId, PractitionerRoles roles)
    {
        var practitioner = new Practitioner
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = new PasswordHasher<Practitioner>().HashPassword(null!, TestPartnership.Password),
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            DisplayName = email,
            AgencyId = agencyId,
            Roles = roles,
        };
        db.Users.Add(practitioner);
        return practitioner;
    }
}
