using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Data.Configurations;

internal sealed class AccessConfiguration :
    IEntityTypeConfiguration<ChildAssignment>,
    IEntityTypeConfiguration<EmergencyAccess>,
    IEntityTypeConfiguration<Shield>,
    IEntityTypeConfiguration<ShieldViewer>
{
    public void Configure(EntityTypeBuilder<ChildAssignment> builder)
    {
        builder.ToTable("child_assignments");
        builder.Property(a => a.Reason).HasMaxLength(ChildAssignment.ReasonMaxLength);
        builder.HasOne<ChildRecord>().WithMany().HasForeignKey(a => a.ChildRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(a => a.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildRecordId, a.PractitionerId });
        builder.HasIndex(a => a.PractitionerId);
    }

    public void Configure(EntityTypeBuilder<EmergencyAccess> builder)
    {
        // No foreign key to the child record: a use of emergency access stays reviewable after retention erases the record.
        builder.ToTable("emergency_accesses");
        builder.Property(e => e.ReasonText).HasMaxLength(EmergencyAccess.ReasonTextMaxLength);
        builder.Property(e => e.ReviewNote).HasMaxLength(EmergencyAccess.ReasonTextMaxLength);
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(e => e.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PractitionerId, e.ChildRecordId, e.ExpiresAt });
        builder.HasIndex(e => new { e.OwningAgencyId, e.ReviewOutcome, e.StartedAt });
    }

    public void Configure(EntityTypeBuilder<Shield> builder)
    {
        builder.ToTable("shields");
        builder.Property(s => s.Reason).HasMaxLength(Shield.ReasonMaxLength);
        builder.Property(s => s.UnshieldReason).HasMaxLength(Shield.ReasonMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsActive);
        builder.HasOne<ChildRecord>().WithMany().HasForeignKey(s => s.ChildRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Viewers).WithOne().HasForeignKey(v => v.ShieldId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ChildRecordId);
    }

    public void Configure(EntityTypeBuilder<ShieldViewer> builder)
    {
        builder.ToTable("shield_viewers");
        builder.HasKey(v => new { v.ShieldId, v.PractitionerId });
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(v => v.PractitionerId).OnDelete(DeleteBehavior.Restrict);
    }
}
