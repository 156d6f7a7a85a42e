using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Language.Models;

namespace Tessera.Core.Data.Configurations;

internal sealed class LanguageConfiguration :
    IEntityTypeConfiguration<VocabularyTerm>,
    IEntityTypeConfiguration<VocabularyTermVersion>,
    IEntityTypeConfiguration<AgencyTermMapping>,
    IEntityTypeConfiguration<AgencyTermMappingVersion>
{
    public void Configure(EntityTypeBuilder<VocabularyTerm> builder)
    {
        builder.ToTable("vocabulary_terms");
        builder.Property(t => t.Term).HasMaxLength(VocabularyTerm.TermMaxLength);
        builder.Property(t => t.NormalisedTerm).HasMaxLength(VocabularyTerm.TermMaxLength);
        builder.Property(t => t.Definition).HasMaxLength(VocabularyTerm.DefinitionMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();

        // The database, not only the service, refuses a duplicate term: two administrators adding the same term at once.
        builder.HasIndex(t => t.NormalisedTerm).IsUnique();
        builder.HasData(VocabularyDefaults.Terms);
    }

    public void Configure(EntityTypeBuilder<VocabularyTermVersion> builder)
    {
        builder.ToTable("vocabulary_term_versions");
        builder.Property(v => v.Term).HasMaxLength(VocabularyTerm.TermMaxLength);
        builder.Property(v => v.Definition).HasMaxLength(VocabularyTerm.DefinitionMaxLength);
        builder.HasOne<VocabularyTerm>().WithMany().HasForeignKey(v => v.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.TermId, v.Number }).IsUnique();
        builder.HasData(VocabularyDefaults.Versions);
    }

    public void Configure(EntityTypeBuilder<AgencyTermMapping> builder)
    {
        builder.ToTable("agency_term_mappings");
        builder.Property(m => m.AgencyTerm).HasMaxLength(AgencyTermMapping.AgencyTermMaxLength);
        builder.Property(m => m.NormalisedAgencyTerm).HasMaxLength(AgencyTermMapping.AgencyTermMaxLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<VocabularyTerm>().WithMany().HasForeignKey(m => m.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.NormalisedAgencyTerm, m.UsedBy }).IsUnique();
        builder.HasIndex(m => m.TermId);
        builder.HasData(VocabularyDefaults.Mappings);
    }

    public void Configure(EntityTypeBuilder<AgencyTermMappingVersion> builder)
    {
        builder.ToTable("agency_term_mapping_versions");
        builder.Property(v => v.AgencyTerm).HasMaxLength(AgencyTermMapping.AgencyTermMaxLength);
        builder.HasOne<AgencyTermMapping>().WithMany().HasForeignKey(v => v.MappingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.MappingId, v.Number }).IsUnique();
        builder.HasData(VocabularyDefaults.MappingVersions);
    }
}
