using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Language.Contracts;
using Tessera.Core.Modules.Language.Models;
using Tessera.Core.Modules.Language.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Language;

public class VocabularyServiceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_seeded_vocabulary_covers_every_kind_and_maps_the_well_known_agency_terms(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);

        var kinds = await db.VocabularyTerms.Select(t => t.Kind).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<VocabularyKind>().Order(), kinds.Order());
        Assert.Equal(await db.VocabularyTerms.CountAsync(), await db.VocabularyTermVersions.CountAsync(v => v.Number == 1));

        var index = await new VocabularyLookup(db).IndexAsync();
        var matches = index.Find("Police attended a DA call; health queried NAI. She is CIN, her brother is LAC and her cousin CLA.");
        Assert.Equal(
            [("DA", "Domestic abuse"), ("NAI", "Non-accidental injury"), ("CIN", "Child in need"), ("LAC", "Looked-after child"), ("CLA", "Looked-after child")],
            matches.Select(m => (m.AgencyTerm, m.SharedTerm)));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task An_administrator_changes_a_term_every_version_is_kept_and_a_stale_or_duplicate_edit_is_refused(DatabaseProvider provider)
    {
        var (settings, p) = await ArrangeAsync(provider);
        var termId = VocabularyDefaults.TermId("Young carer");
        Guid seen;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            seen = (await db.VocabularyTerms.SingleAsync(t => t.Id == termId)).Version;
            var outcome = await new VocabularyService(db).ChangeTermAsync(termId,
                new VocabularyTermInput(VocabularyKind.Flag, "Young carer", "A child who cares for a family member.", seen), Process(p.Administrator, ProcessType.VocabularyTermChanged));
            Assert.True(outcome.Succeeded);
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var service = new VocabularyService(db);
            var stale = await service.ChangeTermAsync(termId,
                new VocabularyTermInput(VocabularyKind.Flag, "Young carer", "Something else.", seen), Process(p.Administrator, ProcessType.VocabularyTermChanged));
            Assert.StartsWith("Someone else changed this", stale.Errors.For("Term"), StringComparison.Ordinal);

            var current = await db.VocabularyTerms.AsNoTracking().SingleAsync(t => t.Id == termId);
            var duplicate = await service.ChangeTermAsync(termId,
                new VocabularyTermInput(VocabularyKind.Flag, "  child IN   need ", "x", current.Version), Process(p.Administrator, ProcessType.VocabularyTermChanged));
            Assert.Equal("\"Child in need\" is already in the vocabulary. Change that term instead of adding it again.", duplicate.Errors.For("Term"));

            var added = await service.AddTermAsync(new VocabularyTermInput(VocabularyKind.Flag, "domestic ABUSE", "x"), Process(p.Administrator, ProcessType.VocabularyTermAdded));
            Assert.Equal("\"Domestic abuse\" is already in the vocabulary. Change that term instead of adding it again.", added.Errors.For("Term"));
            var empty = await service.AddTermAsync(new VocabularyTermInput(null, " ", ""), Process(p.Administrator, ProcessType.VocabularyTermAdded));
            Assert.Equal(["Kind", "Term", "Definition"], empty.Errors.All.Select(e => e.Key));
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var versions = await db.VocabularyTermVersions.Where(v => v.TermId == termId).OrderBy(v => v.Number).ToListAsync();
            Assert.Equal([1, 2], versions.Select(v => v.Number));
            Assert.StartsWith("A child who looks after", versions[0].Definition, StringComparison.Ordinal);
            Assert.Equal("A child who cares for a family member.", versions[1].Definition);
            Assert.Equal(p.Administrator.Id, versions[1].ChangedBy);
            Assert.Single(await db.ProcessEvents.Where(e => e.EventType == 901).ToListAsync());
            Assert.False(await db.ProcessEvents.AnyAsync(e => e.EventType == 900));
        }
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task An_administrator_maps_an_agency_term_once_per_agency_type_and_only_administrators_may(DatabaseProvider provider)
    {
        var (settings, p) = await ArrangeAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = new VocabularyService(db);
        var neglect = VocabularyDefaults.TermId("Neglect");

        var mapped = await service.MapAsync(new AgencyTermMappingInput("Neg", (int)AgencyType.HospitalTrust, neglect), Process(p.Administrator, ProcessType.AgencyTermMapped));
        Assert.True(mapped.Succeeded);
        var again = await service.MapAsync(new AgencyTermMappingInput(" neg ", (int)AgencyType.HospitalTrust, neglect), Process(p.Administrator, ProcessType.AgencyTermMapped));
        Assert.Equal("\"neg\" is already mapped for this type of agency. Change that mapping instead of adding it again.", again.Errors.For("AgencyTerm"));
        var noTerm = await service.MapAsync(new AgencyTermMappingInput("X1", 0, Guid.NewGuid()), Process(p.Administrator, ProcessType.AgencyTermMapped));
        Assert.Equal("Select the shared term it means", noTerm.Errors.For("TermId"));

        await Assert.ThrowsAsync<NotPermittedException>(() =>
            service.MapAsync(new AgencyTermMappingInput("Neg2", 0, neglect), Process(p.Teacher, ProcessType.AgencyTermMapped)));
        await Assert.ThrowsAsync<NotPermittedException>(() =>
            service.AddTermAsync(new VocabularyTermInput(VocabularyKind.Flag, "New flag", "x"), Process(p.SchoolDsl, ProcessType.VocabularyTermAdded)));

        var changed = await service.ChangeMappingAsync(mapped.Value!.Id, new AgencyTermMappingInput("NEG", (int)AgencyType.HospitalTrust, neglect, mapped.Value.Version),
            Process(p.Administrator, ProcessType.AgencyTermMappingChanged));
        Assert.True(changed.Succeeded);
        var stale = await service.ChangeMappingAsync(mapped.Value.Id, new AgencyTermMappingInput("NG", 0, neglect, Guid.NewGuid()),
            Process(p.Administrator, ProcessType.AgencyTermMappingChanged));
        Assert.StartsWith("Someone else changed this", stale.Errors.For("AgencyTerm"), StringComparison.Ordinal);
        await using var check = DatabaseRegistration.CreateContext(settings);
        var versions = await check.AgencyTermMappingVersions.Where(v => v.MappingId == mapped.Value.Id).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.AgencyTerm }).ToListAsync();
        Assert.Equal([(1, "Neg"), (2, "NEG")], versions.Select(v => (v.Number, v.AgencyTerm)));
        Assert.Equal(await check.AgencyTermMappings.CountAsync(), await check.AgencyTermMappingVersions.CountAsync(v => v.Number == 1));

        var index = await new VocabularyLookup(check).IndexAsync();
        Assert.Equal("Neglect", Assert.Single(index.Find("NEG noted.")).SharedTerm);
        Assert.Empty(index.Find("Neg noted."));
    }

    private async Task<(DatabaseSettings, TestPartnership)> ArrangeAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }

    private ProcessContext Process(Practitioner who, ProcessType type) =>
        ProcessContext.Start(type, Actor.ForPractitioner(who.Id, who.AgencyId), _clock);
}
