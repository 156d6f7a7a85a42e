using Tessera.Core.Modules.Children.Identifiers;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Seeding;

namespace Tessera.Core.Tests.Seeding;

public sealed class SyntheticPartnershipGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 10, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private static SyntheticChildBatch Generate(int children = 2_000, int seed = 7, double concernsPerChild = 3) =>
        new SyntheticPartnershipGenerator(new SeedOptions { Children = children, Seed = seed, ConcernsPerChild = concernsPerChild }, Now).GenerateAllChildren();

    private static readonly Lazy<SyntheticChildBatch> Large = new(() => Generate());

    [Fact]
    public void The_same_seed_gives_the_same_children_concerns_and_ids()
    {
        var first = Generate(300, seed: 42);
        var second = Generate(300, seed: 42);

        Assert.Equal(Fingerprint(first), Fingerprint(second));
        Assert.Equal(first.Records.Select(r => r.Id), second.Records.Select(r => r.Id));
        Assert.Equal(first.Concerns.Select(c => c.Id), second.Concerns.Select(c => c.Id));
    }

    [Fact]
    public void A_different_seed_gives_different_children()
    {
        var first = Generate(300, seed: 42);
        var second = Generate(300, seed: 43);

        Assert.NotEqual(Fingerprint(first), Fingerprint(second));
    }

    [Fact]
    public void Generating_in_batches_gives_the_same_children_as_generating_at_once()
    {
        var generator = new SyntheticPartnershipGenerator(new SeedOptions { Children = 100, Seed = 5 }, Now);
        var whole = generator.GenerateAllChildren();
        var inParts = new[] { generator.GenerateChildren(0, 37), generator.GenerateChildren(37, 63) };

        Assert.Equal(RecordsFingerprint(whole.Records), RecordsFingerprint(inParts.SelectMany(p => p.Records)));
        Assert.Equal(ConcernsFingerprint(whole.Concerns), ConcernsFingerprint(inParts.SelectMany(p => p.Concerns)));
        Assert.Equal(whole.InboxItems.Select(i => i.Id), inParts.SelectMany(p => p.InboxItems).Select(i => i.Id));
    }

    [Fact]
    public void Every_child_has_its_own_random_stream_so_ids_never_repeat()
    {
        var firsts = new HashSet<long>();
        for (var i = 0; i < 200_000; i++)
        {
            var first = new byte[8];
            SeedRandom.For(7, 2, i).NextBytes(first);
            Assert.True(firsts.Add(BitConverter.ToInt64(first)));
        }

        var batch = Large.Value;
        var ids = batch.Records.Select(r => r.Id)
            .Concat(batch.Records.SelectMany(r => r.RelatedAdults.Select(a => a.Id)))
            .Concat(batch.Concerns.Select(c => c.Id))
            .Concat(batch.Concerns.SelectMany(c => c.Actions.Select(a => a.Id)))
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_partnership_is_the_same_for_the_same_seed()
    {
        var a = new SyntheticPartnershipGenerator(new SeedOptions { Seed = 1 }, Now).Partnership;
        var b = new SyntheticPartnershipGenerator(new SeedOptions { Seed = 1 }, Now).Partnership;

        Assert.Equal(a.Partnership.Id, b.Partnership.Id);
        Assert.Equal(a.Agencies.Select(x => (x.Id, x.Name)), b.Agencies.Select(x => (x.Id, x.Name)));
        Assert.Equal(a.Practitioners.Select(x => (x.Id, x.Email)), b.Practitioners.Select(x => (x.Id, x.Email)));
        Assert.Equal(RiversidePartnership.Name, a.Partnership.Name);
    }

    [Fact]
    public void Every_NHS_number_is_valid_or_absent_and_no_two_children_share_one()
    {
        var batch = Large.Value;

        Assert.All(batch.Records, r => Assert.True(r.NhsNumber is null || NhsNumber.IsValid(r.NhsNumber), r.NhsNumber));
        Assert.All(batch.People, p => Assert.True(NhsNumber.IsValid(p.NhsNumber)));
        Assert.Equal(batch.People.Count, batch.People.Select(p => p.NhsNumber).Distinct().Count());
        Assert.All(batch.People, p => Assert.StartsWith("999", p.NhsNumber, StringComparison.Ordinal));
    }

    [Fact]
    public void Health_records_usually_have_the_NHS_number_and_police_and_school_records_often_do_not()
    {
        var batch = Large.Value;
        var partnership = new SyntheticPartnershipGenerator(new SeedOptions { Seed = 7 }, Now).Partnership;
        var types = partnership.Agencies.ToDictionary(a => a.Id, a => a.Type);
        double Share(Func<AgencyType, bool> which) =>
            batch.Records.Where(r => which(types[r.AgencyId])).Average(r => r.NhsNumber is null ? 0.0 : 1.0);

        Assert.InRange(Share(t => t is AgencyType.GpPractice or AgencyType.HospitalTrust), 0.9, 1.0);
        Assert.InRange(Share(t => t is AgencyType.Police), 0.05, 0.5);
        Assert.InRange(Share(t => t is AgencyType.School), 0.1, 0.6);
    }

    [Fact]
    public void Unique_pupil_numbers_are_valid_and_held_by_every_school_record()
    {
        var batch = Large.Value;
        var partnership = new SyntheticPartnershipGenerator(new SeedOptions { Seed = 7 }, Now).Partnership;
        var schools = partnership.Agencies.Where(a => a.Type == AgencyType.School).Select(a => a.Id).ToHashSet();

        Assert.All(batch.Records.Where(r => r.UniquePupilNumber is not null), r => Assert.True(UniquePupilNumber.IsValid(r.UniquePupilNumber), r.UniquePupilNumber));
        Assert.All(batch.Records.Where(r => schools.Contains(r.AgencyId)), r => Assert.NotNull(r.UniquePupilNumber));
        var upns = batch.People.Where(p => p.UniquePupilNumber is not null).Select(p => p.UniquePupilNumber).ToList();
        Assert.Equal(upns.Count, upns.Distinct().Count());
    }

    [Fact]
    public void Children_are_aged_0_to_17_and_records_dates_of_birth_are_in_range()
    {
        var batch = Large.Value;

        Assert.All(batch.People, p => Assert.InRange(p.DateOfBirth, Today.AddYears(-18).AddDays(1), Today));
        Assert.All(batch.Records, r => Assert.InRange(r.DateOfBirth, Today.AddYears(-18), Today));
        Assert.Contains(batch.People, p => p.DateOfBirth > Today.AddYears(-1));
        Assert.Contains(batch.People, p => p.DateOfBirth < Today.AddYears(-17));
    }

    [Fact]
    public void Most_children_are_held_by_more_than_one_agency_and_none_by_more_than_four()
    {
        var batch = Large.Value;
        var counts = batch.People.Select(p => p.Records.Count).ToList();

        Assert.All(counts, c => Assert.InRange(c, 1, 4));
        Assert.InRange(counts.Average(c => c > 1 ? 1.0 : 0.0), 0.55, 0.85);
        Assert.All(batch.People, p => Assert.Equal(p.Records.Count, p.Records.Select(r => r.AgencyId).Distinct().Count()));
        Assert.Equal(batch.Records.Count, batch.Truth.Count());
    }

    [Fact]
    public void Agencies_copies_really_differ_from_the_truth()
    {
        var batch = Large.Value;
        var pairs = batch.People.SelectMany(p => p.Records.Select(r => (Person: p, Record: r))).ToList();

        var nicknames = pairs.Count(x => SyntheticNames.Nicknames.TryGetValue(x.Person.GivenName, out var n) && n.Contains(x.Record.GivenName));
        var swappedDates = pairs.Count(x => x.Record.DateOfBirth != x.Person.DateOfBirth && x.Person.DateOfBirth.Day <= 12
            && x.Record.DateOfBirth == new DateOnly(x.Person.DateOfBirth.Year, x.Person.DateOfBirth.Day, x.Person.DateOfBirth.Month));
        var otherFamilyNames = pairs.Count(x => x.Record.FamilyName != x.Person.FamilyName && x.Record.GivenName == x.Person.GivenName);
        var partOfDoubleBarrelled = pairs.Count(x => x.Person.FamilyName.Contains('-', StringComparison.Ordinal) && x.Person.FamilyName.Split('-').Contains(x.Record.FamilyName));
        var movedHouse = batch.People.Count(p => p.Records.Select(r => r.Postcode).Where(pc => pc is not null).Distinct().Count() > 1);
        var withAliases = batch.Records.Count(r => r.Aliases.Count > 0);
        var exact = pairs.Count(x => x.Record.GivenName == x.Person.GivenName && x.Record.FamilyName == x.Person.FamilyName && x.Record.DateOfBirth == x.Person.DateOfBirth);

        Assert.True(nicknames > 50, $"nicknames: {nicknames}");
        Assert.True(swappedDates > 10, $"swapped dates: {swappedDates}");
        Assert.True(otherFamilyNames > 50, $"other family names: {otherFamilyNames}");
        Assert.True(partOfDoubleBarrelled > 10, $"part of a double-barrelled name: {partOfDoubleBarrelled}");
        Assert.True(movedHouse > 50, $"moved house: {movedHouse}");
        Assert.True(withAliases > 50, $"aliases: {withAliases}");
        Assert.InRange(exact / (double)pairs.Count, 0.6, 0.95);
    }

    [Fact]
    public void Records_have_related_adults_and_search_fields()
    {
        var batch = Large.Value;

        Assert.True(batch.Records.Average(r => r.RelatedAdults.Count) > 0.8);
        Assert.All(batch.Records, r => Assert.Equal(r.FamilyName.ToUpperInvariant(), r.FamilyNameSearch));
        Assert.All(batch.Records, r => Assert.All(r.Aliases, a => Assert.Equal(a.GivenName.ToUpperInvariant(), a.GivenNameSearch)));
    }

    [Fact]
    public void Concerns_cover_two_years_use_the_taxonomy_and_never_come_before_birth_or_after_now()
    {
        var batch = Generate(2_000, seed: 7, concernsPerChild: 10);
        var births = batch.Records.ToDictionary(r => r.Id, r => batch.People.Single(p => p.Records.Contains(r)).DateOfBirth);
        var codes = ConcernTaxonomy.Categories.Select(c => c.Code).ToHashSet();

        Assert.InRange(batch.Concerns.Count / 2_000.0, 8, 12);
        Assert.All(batch.Concerns, c =>
        {
            Assert.Contains(c.CategoryCode, codes);
            Assert.InRange(c.RecordedAt, Now.AddYears(-2), Now);
            Assert.True(c.OccurredAt <= c.RecordedAt);
            Assert.True(DateOnly.FromDateTime(c.OccurredAt.UtcDateTime) >= births[c.ChildRecordId]);
            Assert.True(c.ChildSaid is not null || c.ChildSeemed is not null || c.ChildVoiceNotRecordedReason is not null);
            Assert.Equal(c.Status == ConcernStatus.Closed, c.Outcome is not null && c.ClosedAt is not null);
            Assert.True(c.ClosedAt is null || (c.ClosedAt > c.RecordedAt && c.ClosedAt < Now));
        });
        Assert.Contains(batch.Concerns, c => c.OccurredAt < c.RecordedAt.AddDays(-1));
        Assert.Contains(batch.Concerns, c => c.Actions.Count > 0);
        Assert.InRange(batch.Concerns.Count(c => c.Status == ConcernStatus.Closed) / (double)batch.Concerns.Count, 0.6, 0.98);
        Assert.Equal(ConcernTaxonomy.Categories.Length, batch.Concerns.Select(c => c.CategoryCode).Distinct().Count());
    }

    [Fact]
    public void Every_designated_safeguarding_lead_has_open_concerns_and_inbox_alerts()
    {
        var generator = new SyntheticPartnershipGenerator(new SeedOptions { Children = 50, Seed = 3 }, Now);
        var batch = generator.GenerateAllChildren();
        var leads = generator.Partnership.Practitioners.Where(p => p.Roles.Has(PractitionerRoles.DesignatedSafeguardingLead)).ToList();

        Assert.NotEmpty(leads);
        Assert.All(leads, lead =>
        {
            Assert.Contains(batch.Concerns, c => c.AgencyId == lead.AgencyId && c.Status == ConcernStatus.Open && c.RecordedAt > Now.AddDays(-14));
            Assert.Contains(batch.InboxItems, i => i.RecipientId == lead.Id && i.ReadAt is null);
        });
        var leadIds = leads.Select(l => l.Id).ToHashSet();
        Assert.All(batch.InboxItems, i => Assert.Contains(i.RecipientId, leadIds));
        Assert.All(batch.InboxItems, i => Assert.Equal($"/concerns/{i.SubjectId}", i.Link));
    }

    private static string Fingerprint(SyntheticChildBatch batch) => RecordsFingerprint(batch.Records) + ConcernsFingerprint(batch.Concerns);

    private static string RecordsFingerprint(IEnumerable<ChildRecord> records) =>
        string.Concat(records.Select(r => $"{r.Id}|{r.GivenName}|{r.FamilyName}|{r.DateOfBirth}|{r.NhsNumber}|{r.UniquePupilNumber}|{r.Postcode}|{r.AgencyId}|{r.RelatedAdults.Count};"));

    private static string ConcernsFingerprint(IEnumerable<Concern> concerns) =>
        string.Concat(concerns.Select(c => $"{c.Id}|{c.CategoryCode}|{c.RecordedAt:O}|{c.WhatHappened}|{c.Status}|{c.Actions.Count};"));
}
