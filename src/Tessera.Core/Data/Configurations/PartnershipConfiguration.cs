using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Data.Configurations;

internal sealed class PartnershipConfiguration :
    IEntityTypeConfiguration<SafeguardingPartnership>,
    IEntityTypeConfiguration<Agency>,
    IEntityTypeConfiguration<Team>,
    IEntityTypeConfiguration<Practitioner>,
    IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<SafeguardingPartnership> builder)
    {
        builder.ToTable("partnerships");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasMany(p => p.Agencies).WithOne().HasForeignKey(a => a.PartnershipId);
    }

    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.HasMany(a => a.Teams).WithOne().HasForeignKey(t => t.AgencyId);
    }

    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.Property(t => t.Name).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Practitioner> builder)
    {
        builder.Property(p => p.DisplayName).HasMaxLength(Practitioner.NameMaxLength);
        builder.Property(p => p.JobTitle).HasMaxLength(200);
        builder.HasOne(p => p.Agency).WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Team).WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.AgencyId, p.Roles });
    }

    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("invitations");
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.DisplayName).HasMaxLength(Practitioner.NameMaxLength);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId);
    }
}
