using Microsoft.AspNetCore.Identity;
using Tessera.Core.Data;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;

namespace Tessera.TestSupport;

/// <summary>
/// A small, known partnership for page, API and browser tests: two agencies, one practitioner per role that matters,
/// and a few synthetic children. Every account uses <see cref="Password"/>; the DSL has two-factor sign-in set up
/// with <see cref="AuthenticatorKey"/> so tests can compute codes.
/// </summary>
public sealed class TestPartnership
{
    public const string Password = "correct horse battery staple";
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public Guid SchoolId { get; } = Guid.CreateVersion7();
    public Guid PoliceId { get; } = Guid.CreateVersion7();
    public Guid HospitalId { get; } = Guid.CreateVersion7();

    /// <summary>The teacher's team, and a school team the teacher is not in.</summary>
    public Guid YearThreeTeamId { get; } = Guid.CreateVersion7();
    public Guid NurtureTeamId { get; } = Guid.CreateVersion7();
    public Practitioner Teacher { get; private set; } = null!;
    public Practitioner SchoolDsl { get; private set; } = null!;
    public Practitioner UnenrolledDsl { get; private set; } = null!;
    public Practitioner Administrator { get; private set; } = null!;
    public Practitioner StrategicLead { get; private set; } = null!;
    public Practitioner PoliceOfficer { get; private set; } = null!;

    /// <summary>The school's privacy officer (two-factor set up with <see cref="AuthenticatorKey"/>).</summary>
    public Practitioner SchoolPrivacyOfficer { get; private set; } = null!;

    /// <summary>An emergency department doctor at another agency, with no relationship to any child.</summary>
    public Practitioner Clinician { get; private set; } = null!;

    /// <summary>A school practitioner whose account is disabled.</summary>
    public Practitioner DisabledTeacher { get; private set; } = null!;

    /// <summary>A school record worked on by the nurture team, which the teacher (year 3 team) has no relationship with.</summary>
    public ChildRecord NurtureChild { get; private set; } = null!;
    public ChildRecord SchoolChild { get; private set; } = null!;
    public ChildRecord SchoolSibling { get; private set; } = null!;
    public ChildRecord PoliceChild { get; private set; } = null!;

    public static async Task<TestPartnership> CreateAsync(DatabaseSettings settings, TimeProvider clock)
    {
        var partnership = new TestPartnership();
        await using var db = DatabaseRegistration.CreateContext(settings);
        await partnership.SeedAsync(db, clock);
        return partnership;
    }

    private async Task SeedAsync(TesseraDbContext db, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var partnershipId = Guid.CreateVersion7();
        db.Partnerships.Add(new SafeguardingPartnership { Id = partnershipId, Name = "Testshire Safeguarding Partnership", CreatedAt = now });
        db.Agencies.Add(new Agency { Id = SchoolId, PartnershipId = partnershipId, Name = "Larch Lane Primary School", Type = AgencyType.School, CreatedAt = now });
        db.Agencies.Add(new Agency { Id = HospitalId, PartnershipId = partnershipId, Name = "Testshire Hospitals NHS Trust", Type = AgencyType.HospitalTrust, CreatedAt = now });
        db.Teams.Add(new Team { Id = YearThreeTeamId, AgencyId = SchoolId, Name = "Year 3" });
        db.Teams.Add(new Team { Id = NurtureTeamId, AgencyId = SchoolId, Name = "Nurture group" });
        db.Agencies.Add(new Agency { Id = PoliceId, PartnershipId = partnershipId, Name = "Testshire Police", Type = AgencyType.Police, CreatedAt = now });

        var hash = new PasswordHasher<Practitioner>().HashPassword(null!, Password);
        Teacher = Add(db, hash, now, "teacher@larch-lane.example", "Ada Teacher", SchoolId, PractitionerRoles.Practitioner);
        SchoolDsl = Add(db, hash, now, "dsl@larch-lane.example", "Dev Lead", SchoolId, PractitionerRoles.Practitioner | PractitionerRoles.DesignatedSafeguardingLead);
        SchoolDsl.TwoFactorEnabled = true;
        db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = SchoolDsl.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = AuthenticatorKey });
        UnenrolledDsl = Add(db, hash, now, "deputy-dsl@larch-lane.example", "Dee Deputy", SchoolId, PractitionerRoles.DesignatedSafeguardingLead);
        Administrator = Add(db, hash, now, "admin@testshire.example", "Ash Admin", PoliceId, PractitionerRoles.PartnershipAdministrator);
        StrategicLead = Add(db, hash, now, "lead@testshire.example", "Sam Strategic", PoliceId, PractitionerRoles.StrategicLead);
        PoliceOfficer = Add(db, hash, now, "officer@testshire-police.example", "Pat Officer", PoliceId, PractitionerRoles.Practitioner);
        Teacher.TeamId = YearThreeTeamId;
        SchoolPrivacyOfficer = Add(db, hash, now, "privacy@larch-lane.example", "Priya Privacy", SchoolId, PractitionerRoles.PrivacyOfficer);
        SchoolPrivacyOfficer.TwoFactorEnabled = true;
        db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = SchoolPrivacyOfficer.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = AuthenticatorKey });
        Clinician = Add(db, hash, now, "doctor@testshire-hospitals.example", "Cal Clinician", HospitalId, PractitionerRoles.Practitioner);
        DisabledTeacher = Add(db, hash, now, "former-teacher@larch-lane.example", "Dana Former", SchoolId, PractitionerRoles.Practitioner);
        DisabledTeacher.IsDisabled = true;

        var process = ProcessContext.Start(ProcessType.Seeding, Actor.System, clock, "Test partnership");
        SchoolChild = ChildRecordService.Build(new ChildRecordInput
        {
            GivenName = "Mia",
            FamilyName = "Testperson",
            DateOfBirth = new DateOnly(2016, 3, 27),
            Sex = Sex.Female,
            Postcode = "TS1 1AA",
            NhsNumber = "9434765919",
            Aliases = [new AliasInput("Mimi", "Otherperson")],
        }, SchoolId, process);
        SchoolSibling = ChildRecordService.Build(new ChildRecordInput
        {
            GivenName = "Leo",
            FamilyName = "Testperson",
            DateOfBirth = new DateOnly(2018, 7, 2),
            Sex = Sex.Male,
            Postcode = "TS1 1AA",
        }, SchoolId, process);
        PoliceChild = ChildRecordService.Build(new ChildRecordInput
        {
            GivenName = "Mia",
            FamilyName = "Testperson",
            DateOfBirth = new DateOnly(2016, 3, 27),
            Sex = Sex.Female,
            Postcode = "TS1 1AA",
        }, PoliceId, process);
        NurtureChild = ChildRecordService.Build(new ChildRecordInput
        {
            GivenName = "Noah",
            FamilyName = "Exampleson",
            DateOfBirth = new DateOnly(2017, 11, 5),
            Sex = Sex.Male,
            Postcode = "TS2 2BB",
        }, SchoolId, process);
        NurtureChild.TeamId = NurtureTeamId;
        NurtureChild.CaseHolderId = SchoolDsl.Id;
        SchoolChild.CaseHolderId = Teacher.Id;
        db.ChildRecords.AddRange(SchoolChild, SchoolSibling, PoliceChild, NurtureChild);
        await process.CompleteAsync(db);
    }

    private static Practitioner Add(TesseraDbContext db, string hash, DateTimeOffset now, string email, string name, Guid agencyId, PractitionerRoles roles)
    {
        var practitioner = new Practitioner
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = hash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            DisplayName = name,
            AgencyId = agencyId,
            Roles = roles,
            CreatedAt = now,
        };
        db.Users.Add(practitioner);
        return practitioner;
    }
}
