using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Api.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Data.Configurations;

internal sealed class PlatformConfiguration :
    IEntityTypeConfiguration<Process>,
    IEntityTypeConfiguration<ProcessEvent>,
    IEntityTypeConfiguration<InboxItem>,
    IEntityTypeConfiguration<ApiKey>,
    IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<Process> builder)
    {
        builder.ToTable("processes");
        builder.Property(p => p.Reason).HasMaxLength(1000);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProcessId);
        builder.HasIndex(p => p.StartedAt);
    }

    public void Configure(EntityTypeBuilder<ProcessEvent> builder)
    {
        builder.ToTable("process_events");
        builder.Property(e => e.EventName).HasMaxLength(100);
        builder.HasIndex(e => new { e.SubjectId, e.OccurredAt });
        builder.HasIndex(e => e.EventType);
    }

    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.ToTable("inbox_items");
        builder.Property(i => i.Subject).HasMaxLength(300);
        builder.Property(i => i.Link).HasMaxLength(500);
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(i => i.RecipientId);
        builder.HasIndex(i => new { i.RecipientId, i.ReadAt, i.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(k => k.AgencyId);
    }

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.ApiKeyId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
    }
}
