using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Seeding;

/// <summary>
/// Makes one invented child and each agency's record of them, with the differences real records have:
/// nicknames, typos, half of a double-barrelled name, day and month swapped, an old address, a missing NHS number.
/// </summary>
internal sealed class SyntheticChildFactory
{
    private const int ChildStream = 2;

    private readonly SeedOptions _options;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly IReadOnlyList<SyntheticAgency> _holding;
    private readonly SyntheticConcernFactory _concerns;

    public SyntheticChildFactory(SeedOptions options, DateTimeOffset now, SyntheticPartnership partnership)
    {
        _options = options;
        _now = now;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
        _holding = partnership.SyntheticAgencies.Where(a => a.Definition.HoldsChildRecords).ToList();
        _concerns = new SyntheticConcernFactory(now);
    }

    public void Generate(int index, SyntheticChildBatch batch)
    {
        var rng = SeedRandom.For(_options.Seed, ChildStream, index);

        // The first children are "anchors": one per agency, so every agency (and every DSL) has a child with a recent open concern.
        var anchor = index < _holding.Count ? _holding[index] : null;
        var person = SyntheticPersonDetails.Create(rng, _options.Seed, index, _today, anchor?.Definition);
        var agencies = ChooseAgencies(rng, person.Age, anchor);

        var concernCount = ConcernCount(rng);
        var concernsPerAgency = new int[agencies.Count];
        for (var c = 0; c < concernCount; c++)
        {
            concernsPerAgency[rng.Next(agencies.Count)]++;
        }

        var records = new List<ChildRecord>(agencies.Count);
        for (var a = 0; a < agencies.Count; a++)
        {
            var agency = agencies[a];
            var concernTimes = _concerns.RecordedTimes(rng, person.DateOfBirth, concernsPerAgency[a]);
            DateTimeOffset? anchorTime = null;
            if (agency == anchor)
            {
                anchorTime = rng.Between(StartOf(person.DateOfBirth, _now.AddDays(-5)), _now.AddHours(-1));
                concernTimes.Add(anchorTime.Value);
            }

            var earliest = concernTimes.Count > 0 ? concernTimes.Min() : rng.Between(StartOf(person.DateOfBirth, _now.AddYears(-2)), _now.AddHours(-1));
            var createdAt = Max(StartOf(person.DateOfBirth, earliest.AddDays(-60)), earliest.AddDays(-rng.Next(0, 60)));
            var record = SyntheticRecordVariants.Create(rng, person, agency, createdAt, _today);
            record.RefreshSearchFields();
            records.Add(record);

            for (var c = 0; c < concernTimes.Count; c++)
            {
                var isAnchorConcern = anchorTime is not null && c == concernTimes.Count - 1;
                _concerns.Create(rng, record, agency, person.DateOfBirth, concernTimes[c], isAnchorConcern, batch);
            }
        }

        batch.Records.AddRange(records);
        batch.People.Add(new SyntheticPerson(index, person.GivenName, person.FamilyName, person.DateOfBirth, person.Sex, person.NhsNumber, person.UniquePupilNumber, records));
    }

    private int ConcernCount(Random rng)
    {
        // Exponentially spread: most children have a few concerns, a few have many.
        var intensity = -Math.Log(1 - rng.NextDouble());
        return (int)Math.Floor((intensity * _options.ConcernsPerChild) + rng.NextDouble());
    }

    private List<SyntheticAgency> ChooseAgencies(Random rng, int age, SyntheticAgency? anchor)
    {
        var weights = new double[_holding.Count];
        var gp = rng.Next(2);
        var school = rng.Next(2);
        var gpSeen = 0;
        var schoolSeen = 0;
        for (var i = 0; i < _holding.Count; i++)
        {
            var d = _holding[i].Definition;
            if (age < d.MinAge || age > d.MaxAge)
            {
                continue;
            }

            weights[i] = d.Type switch
            {
                AgencyType.GpPractice => gpSeen++ == gp ? 4 : 0,
                AgencyType.School => schoolSeen++ % 2 == school ? 5 : 0,
                AgencyType.College => 4,
                AgencyType.EarlyYears => age >= 1 ? 4 : 0,
                AgencyType.HealthVisitingAndSchoolNursing => age < 5 ? 5 : 1.5,
                AgencyType.Police => age >= 10 ? 2.5 : 1,
                AgencyType.ChildrensSocialCare => 2,
                AgencyType.VoluntarySector => 0.8,
                _ => 1.5,
            };
        }

        var count = 1 + rng.PickWeighted([30, 35, 22, 13]);
        var chosen = new List<SyntheticAgency>(count);
        if (anchor is not null)
        {
            chosen.Add(anchor);
            weights[IndexOf(anchor)] = 0;
        }

        while (chosen.Count < count && weights.Any(w => w > 0))
        {
            var pick = rng.PickWeighted(weights);
            chosen.Add(_holding[pick]);
            weights[pick] = 0;
        }

        return chosen;
    }

    private int IndexOf(SyntheticAgency agency)
    {
        for (var i = 0; i < _holding.Count; i++)
        {
            if (_holding[i] == agency)
            {
                return i;
            }
        }

        return -1;
    }

    internal static DateTimeOffset StartOf(DateOnly dateOfBirth, DateTimeOffset notBefore) =>
        Max(new DateTimeOffset(dateOfBirth.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero), notBefore);

    internal static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
