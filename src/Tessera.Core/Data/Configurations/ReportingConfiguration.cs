using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Reporting.Models;

namespace Tessera.Core.Data.Configurations;

internal sealed class ReportingConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> builder)
    {
        builder.ToTable("report_narratives");
        builder.Property(n => n.SectionKey).HasMaxLength(50);
        builder.Property(n => n.Text).HasMaxLength(ReportNarrative.TextMaxLength);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => new { n.Year, n.SectionKey }).IsUnique();
    }
}
