using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Modules.Retention.Services;
using Tessera.Core.Processes;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Retention;

/// <summary>Builds the records the retention and data-rights tests need, straight into the database.</summary>
internal sealed class RetentionArrange(DatabaseSettings settings, TestPartnership partnership, FakeTimeProvider clock)
{
    public DatabaseSettings Settings { get; } = settings;
    public TestPartnership Partnership { get; } = partnership;
    public FakeTimeProvider Clock { get; } = clock;

    public static async Task<RetentionArrange> CreateAsync(DatabaseProvider provider, FakeTimeProvider clock)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return new RetentionArrange(settings, await TestPartnership.CreateAsync(settings, clock), clock);
    }

    public TesseraDbContext Db() => DatabaseRegistration.CreateContext(Settings);

    /// <summary>A school child born on <paramref name="dateOfBirth"/> with an alias, a parent (with an address) and the given retention code.</summary>
    public async Task<ChildRecord> ChildAsync(DateOnly dateOfBirth, string given = "Robin", string family = "Oldrecord", string code = RetentionDefaults.ChildRecord,
        string? address = null, string? adultName = "Jo Oldrecord", string? adultPostcode = "TS9 9ZZ")
    {
        await using var db = Db();
        var process = ProcessContext.Start(ProcessType.Seeding, Actor.System, Clock);
        var child = ChildRecordService.Build(new ChildRecordInput
        {
            GivenName = given,
            FamilyName = family,
            DateOfBirth = dateOfBirth,
            Sex = Sex.NotKnown,
            Address = address,
            Postcode = "TS1 1AA",
            Aliases = [new AliasInput("Bobbin", family)],
            RelatedAdults = adultName is null ? [] : [new RelatedAdultInput(adultName, AdultRelationship.Parent, new DateOnly(1980, 1, 2), "7 Parent Street", adultPostcode)],
        }, Partnership.SchoolId, process);
        child.RetentionCode = code;
        db.ChildRecords.Add(child);
        await db.SaveChangesAsync();
        return child;
    }

    public async Task<Concern> ConcernAsync(ChildRecord child, string whatHappened = "Came to school hungry.", params ChildRecord[] linked)
    {
        await using var db = Db();
        var concern = new Concern
        {
            Id = Guid.CreateVersion7(),
            ChildRecordId = child.Id,
            AgencyId = child.AgencyId,
            RecordedById = Partnership.Teacher.Id,
            CategoryCode = "neglect",
            LevelOfNeed = LevelOfNeed.EarlyHelp,
            WhatHappened = whatHappened,
            ChildSaid = "I was cold.",
            OccurredAt = Clock.GetUtcNow().AddDays(-3),
            RecordedAt = Clock.GetUtcNow(),
            LinkedChildren = linked.Select(l => new ConcernLinkedChild { ChildRecordId = l.Id }).ToList(),
            Actions = [new ConcernAction { Id = Guid.CreateVersion7(), Description = "Speak to the family", AddedById = Partnership.SchoolDsl.Id, AddedAt = Clock.GetUtcNow() }],
            Amendments = [new ConcernAmendment { Id = Guid.CreateVersion7(), Text = "It was Tuesday.", AddedById = Partnership.SchoolDsl.Id, AddedAt = Clock.GetUtcNow() }],
        };
        db.Concerns.Add(concern);
        await db.SaveChangesAsync();
        return concern;
    }

    public async Task<Shield> ShieldAsync(ChildRecord child, ShieldTarget target, Guid? targetId = null)
    {
        await using var db = Db();
        var shield = new Shield
        {
            Id = Guid.CreateVersion7(),
            ChildRecordId = child.Id,
            OwningAgencyId = child.AgencyId,
            Target = target,
            TargetId = targetId,
            Reason = "Refuge address",
            ShieldedById = Partnership.SchoolDsl.Id,
            ShieldedAt = Clock.GetUtcNow(),
        };
        db.Shields.Add(shield);
        await db.SaveChangesAsync();
        return shield;
    }

    public async Task<LegalHold> HoldAsync(ChildRecord child)
    {
        await using var db = Db();
        var outcome = await Holds(db).PlaceAsync(child.Id, "Care proceedings", PrivacyProcess(ProcessType.LegalHoldPlaced));
        Assert.True(outcome.Succeeded);
        return outcome.Value!;
    }

    public ProcessContext PrivacyProcess(ProcessType type) =>
        ProcessContext.Start(type, Actor.ForPractitioner(Partnership.SchoolPrivacyOfficer.Id, Partnership.SchoolId), Clock);

    public AccessService Access(TesseraDbContext db) => new(db, Clock, Audit(db), []);

    public AuditTrail Audit(TesseraDbContext db) => new(db, Clock, new AuditSettings());

    public LegalHoldService Holds(TesseraDbContext db) => new(db, Access(db));

    public RetentionService Retention(TesseraDbContext db) => new(db, new RecordEraser(db, Clock));

    public SubjectAccessExport Export(TesseraDbContext db, params ISubjectAccessSource[] sources) => new(db, Access(db), sources);
}
