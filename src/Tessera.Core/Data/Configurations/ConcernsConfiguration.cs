using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Data.Configurations;

internal sealed class ConcernsConfiguration :
    IEntityTypeConfiguration<ConcernCategory>,
    IEntityTypeConfiguration<Concern>,
    IEntityTypeConfiguration<ConcernLinkedChild>,
    IEntityTypeConfiguration<ConcernAction>,
    IEntityTypeConfiguration<ConcernAmendment>
{
    public void Configure(EntityTypeBuilder<ConcernCategory> builder)
    {
        builder.ToTable("concern_categories");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(50);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(1000);
        builder.HasData(ConcernTaxonomy.Categories);
    }

    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.ToTable("concerns");
        builder.Property(c => c.CategoryCode).HasMaxLength(50);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.WhatHappened).HasMaxLength(Concern.TextMaxLength);
        builder.Property(c => c.PractitionerView).HasMaxLength(Concern.TextMaxLength);
        builder.Property(c => c.ChildSaid).HasMaxLength(Concern.TextMaxLength);
        builder.Property(c => c.ChildSeemed).HasMaxLength(Concern.TextMaxLength);
        builder.Property(c => c.ChildVoiceNotRecordedReason).HasMaxLength(Concern.OutcomeMaxLength);
        builder.Property(c => c.Outcome).HasMaxLength(Concern.OutcomeMaxLength);
        builder.HasOne<ConcernCategory>().WithMany().HasForeignKey(c => c.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChildRecord>().WithMany().HasForeignKey(c => c.ChildRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.LinkedChildren).WithOne().HasForeignKey(l => l.ConcernId);
        builder.HasMany(c => c.Actions).WithOne().HasForeignKey(a => a.ConcernId);
        builder.HasMany(c => c.Amendments).WithOne().HasForeignKey(a => a.ConcernId);
        builder.HasIndex(c => new { c.AgencyId, c.Status, c.RecordedAt });
        builder.HasIndex(c => new { c.ChildRecordId, c.OccurredAt });
    }

    public void Configure(EntityTypeBuilder<ConcernLinkedChild> builder)
    {
        builder.ToTable("concern_linked_children");
        builder.HasKey(l => new { l.ConcernId, l.ChildRecordId });
        builder.HasOne<ChildRecord>().WithMany().HasForeignKey(l => l.ChildRecordId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ConcernAction> builder)
    {
        builder.ToTable("concern_actions");
        builder.Property(a => a.Description).HasMaxLength(ConcernAction.DescriptionMaxLength);
    }

    public void Configure(EntityTypeBuilder<ConcernAmendment> builder)
    {
        builder.ToTable("concern_amendments");
        builder.Property(a => a.Text).HasMaxLength(Concern.TextMaxLength);
    }
}
