using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Retention.Models;

namespace Tessera.Core.Data.Configurations;

internal sealed class RetentionConfiguration :
    IEntityTypeConfiguration<RetentionSchedule>,
    IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<RetentionSchedule> builder)
    {
        builder.ToTable("retention_schedules");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(RetentionSchedule.CodeMaxLength);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(RetentionSchedule.DescriptionMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasData(RetentionDefaults.Schedules);
    }

    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.ToTable("legal_holds");
        builder.Property(h => h.Reason).HasMaxLength(LegalHold.ReasonMaxLength);
        builder.Ignore(h => h.IsActive);
        builder.HasOne<ChildRecord>().WithMany().HasForeignKey(h => h.ChildRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.ChildRecordId);
    }
}
