using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Seeding;

/// <summary>How big a synthetic partnership to make. The same options and clock always give the same data.</summary>
public sealed record SeedOptions
{
    public const int DemoChildren = 300;
    public const int DefaultSeed = 2026;

    public int Children { get; init; } = DemoChildren;
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Average concerns per child over the two years before now, across all the agencies that hold the child.</summary>
    public double ConcernsPerChild { get; init; } = 3;

    /// <summary>Children (with their records and concerns) written per SaveChanges and transaction.</summary>
    public int BatchSize { get; init; } = 2_000;

    public string Reason { get; init; } = "Demo partnership seeded";
}

/// <summary>Progress of a seed, reported after the partnership and after each batch of children.</summary>
public sealed record SeedProgress(string Stage, int ChildrenWritten, int ChildrenTotal, long ChildRecordsWritten, long ConcernsWritten);

/// <summary>The truth the generator knows and a linker must find: which agency records are the same child.</summary>
public readonly record struct SyntheticTruth(int PersonIndex, Guid ChildRecordId, Guid AgencyId);

/// <summary>One invented child as they really are, and each agency's (imperfect) record of them.</summary>
public sealed record SyntheticPerson(
    int Index,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    Sex Sex,
    string NhsNumber,
    string? UniquePupilNumber,
    IReadOnlyList<ChildRecord> Records);

/// <summary>Entities for a run of children, ready to add to the database.</summary>
public sealed class SyntheticChildBatch
{
    public List<SyntheticPerson> People { get; } = [];
    public List<ChildRecord> Records { get; } = [];
    public List<Concern> Concerns { get; } = [];
    public List<InboxItem> InboxItems { get; } = [];

    public IEnumerable<SyntheticTruth> Truth =>
        People.SelectMany(p => p.Records.Select(r => new SyntheticTruth(p.Index, r.Id, r.AgencyId)));
}

/// <summary>The partnership, its agencies with teams, and its demo practitioners (without password hashes or stamps).</summary>
public sealed class SyntheticPartnership
{
    internal SyntheticPartnership(SafeguardingPartnership partnership, IReadOnlyList<SyntheticAgency> agencies, IReadOnlyList<Practitioner> practitioners)
    {
        Partnership = partnership;
        SyntheticAgencies = agencies;
        Practitioners = practitioners;
    }

    public SafeguardingPartnership Partnership { get; }
    public IReadOnlyList<Agency> Agencies => SyntheticAgencies.Select(a => a.Agency).ToList();
    public IReadOnlyList<Practitioner> Practitioners { get; }
    internal IReadOnlyList<SyntheticAgency> SyntheticAgencies { get; }

    public Agency AgencyFor(string key) => SyntheticAgencies.Single(a => a.Definition.Key == key).Agency;
}

internal sealed record SyntheticAgency(AgencyDefinition Definition, Agency Agency, IReadOnlyList<Practitioner> Recorders, IReadOnlyList<Practitioner> Leads);

/// <summary>What a seed wrote.</summary>
public sealed record SeedResult(
    Guid ProcessId,
    int Agencies,
    int Teams,
    int Practitioners,
    int Children,
    long ChildRecords,
    long Concerns,
    long InboxItems,
    TimeSpan Elapsed,
    IReadOnlyList<SyntheticTruth> Truth)
{
    public string Summary =>
        $"Seeded {Children:N0} children: {ChildRecords:N0} child records, {Concerns:N0} concerns, {InboxItems:N0} inbox items, " +
        $"{Practitioners:N0} practitioners in {Agencies:N0} agencies, in {Elapsed.TotalSeconds:N1} seconds.";
}

/// <summary>Seeding refused because the database already holds a partnership.</summary>
public sealed class SeedingRefusedException(string message) : Exception(message);
