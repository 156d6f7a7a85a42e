using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Models;

namespace Tessera.Core.Data.Configurations;

internal sealed class SharingConfiguration :
    IEntityTypeConfiguration<ShareDraft>,
    IEntityTypeConfiguration<ShareDraftConcern>,
    IEntityTypeConfiguration<Share>,
    IEntityTypeConfiguration<SharedConcern>,
    IEntityTypeConfiguration<ShareWithheldItem>,
    IEntityTypeConfiguration<ShareAmendment>,
    IEntityTypeConfiguration<ShareOutcomeReply>,
    IEntityTypeConfiguration<NotSharedDecision>
{
    public void Configure(EntityTypeBuilder<ShareDraft> builder)
    {
        builder.ToTable("share_drafts");
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.PurposeOther).HasMaxLength(ShareDraft.ReasonMaxLength);
        builder.Property(d => d.ConsentNote).HasMaxLength(ShareDraft.ReasonMaxLength);
        builder.Property(d => d.SummaryFacts).HasMaxLength(ShareDraft.TextMaxLength);
        builder.Property(d => d.SummaryOpinion).HasMaxLength(ShareDraft.TextMaxLength);
        builder.Property(d => d.FamilyNotToldReason).HasMaxLength(ShareDraft.ReasonMaxLength);
        builder.Property(d => d.GatewayCode).HasMaxLength(100);
        builder.HasOne<ChildRecord>().WithMany().HasForeignKey(d => d.ChildRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Concerns).WithOne().HasForeignKey(c => c.ShareDraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.OwnerId, d.CompletedAt });
    }

    public void Configure(EntityTypeBuilder<ShareDraftConcern> builder)
    {
        builder.ToTable("share_draft_concerns");
        builder.HasKey(c => new { c.ShareDraftId, c.ConcernId });
    }

    public void Configure(EntityTypeBuilder<Share> builder)
    {
        builder.ToTable("shares");
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.SenderRole).HasMaxLength(300);
        builder.Property(s => s.PurposeOther).HasMaxLength(ShareDraft.ReasonMaxLength);
        builder.Property(s => s.ConsentNote).HasMaxLength(ShareDraft.ReasonMaxLength);
        builder.Property(s => s.SummaryFacts).HasMaxLength(ShareDraft.TextMaxLength);
        builder.Property(s => s.SummaryOpinion).HasMaxLength(ShareDraft.TextMaxLength);
        builder.Property(s => s.FamilyNotToldReason).HasMaxLength(ShareDraft.ReasonMaxLength);
        builder.Property(s => s.GatewayCode).HasMaxLength(100);
        builder.HasOne<ChildRecord>().WithMany().HasForeignKey(s => s.ChildRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.SenderAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.RecipientAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.ShareId);
        builder.HasMany(s => s.Withheld).WithOne().HasForeignKey(w => w.ShareId);
        builder.HasMany(s => s.Amendments).WithOne().HasForeignKey(a => a.ShareId);
        builder.HasMany(s => s.Outcomes).WithOne().HasForeignKey(o => o.ShareId);

        // The access decision asks "shares of this child"; the lists ask by each side's agency, newest first.
        builder.HasIndex(s => s.ChildRecordId);
        builder.HasIndex(s => new { s.RecipientAgencyId, s.SentAt });
        builder.HasIndex(s => new { s.SenderAgencyId, s.SentAt });
        builder.HasIndex(s => new { s.AcknowledgedAt, s.EscalatedAt, s.SentAt });
    }

    public void Configure(EntityTypeBuilder<SharedConcern> builder)
    {
        builder.ToTable("shared_concerns");
        builder.Property(i => i.CategoryCode).HasMaxLength(50);
        builder.Property(i => i.WhatHappened).HasMaxLength(ShareDraft.TextMaxLength);
        builder.Property(i => i.PractitionerView).HasMaxLength(ShareDraft.TextMaxLength);
        builder.Property(i => i.ChildSaid).HasMaxLength(ShareDraft.TextMaxLength);
        builder.Property(i => i.ChildSeemed).HasMaxLength(ShareDraft.TextMaxLength);
    }

    public void Configure(EntityTypeBuilder<ShareWithheldItem> builder)
    {
        builder.ToTable("share_withheld_items");
        builder.HasKey(w => new { w.ShareId, w.ShieldId });
    }

    public void Configure(EntityTypeBuilder<ShareAmendment> builder)
    {
        builder.ToTable("share_amendments");
        builder.Property(a => a.Text).HasMaxLength(ShareAmendment.TextMaxLength);
    }

    public void Configure(EntityTypeBuilder<ShareOutcomeReply> builder)
    {
        builder.ToTable("share_outcome_replies");
        builder.Property(o => o.Text).HasMaxLength(ShareOutcomeReply.TextMaxLength);
    }

    public void Configure(EntityTypeBuilder<NotSharedDecision> builder)
    {
        builder.ToTable("not_shared_decisions");
        builder.Property(d => d.DecidedByRole).HasMaxLength(300);
        builder.Property(d => d.ReasonText).HasMaxLength(NotSharedDecision.ReasonMaxLength);
        builder.HasOne<ChildRecord>().WithMany().HasForeignKey(d => d.ChildRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ChildRecordId);
        builder.HasIndex(d => new { d.AgencyId, d.DecidedAt });
    }
}
