using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Barriers.Models;
using Tessera.Core.Modules.Guidance.Models;
using Tessera.Core.Modules.Practice.Models;

namespace Tessera.Core.Data.Configurations;

/// <summary>The good-practice library, guidance and barrier reports (issue 6). Full-text search is in <see cref="PracticeSearchSql"/>.</summary>
internal sealed class PracticeConfiguration :
    IEntityTypeConfiguration<PracticeExample>,
    IEntityTypeConfiguration<HelpfulMark>,
    IEntityTypeConfiguration<GuidanceVersion>,
    IEntityTypeConfiguration<GuidanceSection>,
    IEntityTypeConfiguration<GuidanceAcknowledgement>,
    IEntityTypeConfiguration<BarrierReport>
{
    public void Configure(EntityTypeBuilder<PracticeExample> builder)
    {
        builder.ToTable("practice_examples");
        builder.Property(e => e.Title).HasMaxLength(PracticeExample.TitleMaxLength);
        builder.Property(e => e.Summary).HasMaxLength(PracticeExample.SummaryMaxLength);
        builder.Property(e => e.WhatWorked).HasMaxLength(PracticeExample.WhatWorkedMaxLength);
        builder.Property(e => e.Tags).HasMaxLength(PracticeExample.TagsMaxLength);
        builder.Property(e => e.AgencyTypes).HasMaxLength(PracticeExample.AgencyTypesMaxLength);
        builder.Property(e => e.RejectionReason).HasMaxLength(PracticeExample.RejectionReasonMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.TagList);
        builder.Ignore(e => e.AgencyTypeList);
        builder.HasIndex(e => new { e.Status, e.PublishedAt });
        builder.HasIndex(e => e.SubmittedById);
    }

    public void Configure(EntityTypeBuilder<HelpfulMark> builder)
    {
        builder.ToTable("practice_helpful_marks");
        builder.HasKey(m => new { m.PracticeExampleId, m.PractitionerId });
        builder.HasOne<PracticeExample>().WithMany().HasForeignKey(m => m.PracticeExampleId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<GuidanceVersion> builder)
    {
        builder.ToTable("guidance_versions");
        builder.Property(v => v.ChangeSummary).HasMaxLength(GuidanceVersion.ChangeSummaryMaxLength);
        builder.HasIndex(v => v.Number).IsUnique();
        builder.HasMany(v => v.Sections).WithOne().HasForeignKey(s => s.GuidanceVersionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<GuidanceSection> builder)
    {
        builder.ToTable("guidance_sections");
        builder.Property(s => s.Key).HasMaxLength(GuidanceSection.KeyMaxLength);
        builder.Property(s => s.Title).HasMaxLength(GuidanceSection.TitleMaxLength);
        builder.Property(s => s.Markdown).HasMaxLength(GuidanceSection.MarkdownMaxLength);
        builder.HasIndex(s => new { s.GuidanceVersionId, s.Key }).IsUnique();
        builder.HasIndex(s => s.Key);
    }

    public void Configure(EntityTypeBuilder<GuidanceAcknowledgement> builder)
    {
        builder.ToTable("guidance_acknowledgements");
        builder.HasKey(a => new { a.GuidanceVersionId, a.PractitionerId });
        builder.HasOne<GuidanceVersion>().WithMany().HasForeignKey(a => a.GuidanceVersionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<BarrierReport> builder)
    {
        builder.ToTable("barrier_reports");
        builder.Property(r => r.Description).HasMaxLength(BarrierReport.DescriptionMaxLength);
        builder.Property(r => r.Response).HasMaxLength(BarrierReport.ResponseMaxLength);
        builder.Property(r => r.AgencyTypes).HasMaxLength(PracticeExample.AgencyTypesMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.ReportedById);
        builder.HasIndex(r => new { r.Status, r.ReportedAt });
    }
}
