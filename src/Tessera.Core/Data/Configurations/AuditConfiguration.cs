using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Audit.Models;

namespace Tessera.Core.Data.Configurations;

/// <summary>
/// The audit tables have no foreign keys on purpose: erasing a child's record under retention must leave the
/// audit entries (ids only) and the chain intact. Database triggers added by the migration refuse updates and deletes.
/// </summary>
internal sealed class AuditConfiguration :
    IEntityTypeConfiguration<AuditEntry>,
    IEntityTypeConfiguration<AuditSeal>,
    IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.SubjectType).HasMaxLength(AuditEntry.SubjectTypeMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        builder.HasIndex(e => new { e.ChildRecordId, e.At });
        builder.HasIndex(e => new { e.ActorId, e.At });
        builder.HasIndex(e => e.EmergencyAccessId);
    }

    public void Configure(EntityTypeBuilder<AuditSeal> builder)
    {
        builder.ToTable("audit_seals");
        builder.HasKey(s => s.ChainIndex);
        builder.Property(s => s.ChainIndex).ValueGeneratedNever();
        builder.Property(s => s.Hash).HasMaxLength(AuditSeal.HashLength);
        builder.HasIndex(s => s.EntryId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.ToTable("audit_checkpoints");
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.HeadHash).HasMaxLength(AuditSeal.HashLength);
        builder.Property(c => c.KeyId).HasMaxLength(64);
        builder.HasIndex(c => c.ChainIndex);
    }
}
