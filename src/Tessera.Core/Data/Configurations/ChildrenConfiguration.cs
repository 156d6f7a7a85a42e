using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Data.Configurations;

internal sealed class ChildrenConfiguration :
    IEntityTypeConfiguration<ChildRecord>,
    IEntityTypeConfiguration<ChildAlias>,
    IEntityTypeConfiguration<RelatedAdult>
{
    public void Configure(EntityTypeBuilder<ChildRecord> builder)
    {
        builder.ToTable("child_records");
        builder.Property(c => c.GivenName).HasMaxLength(ChildRecord.NameMaxLength);
        builder.Property(c => c.FamilyName).HasMaxLength(ChildRecord.NameMaxLength);
        builder.Property(c => c.GivenNameSearch).HasMaxLength(ChildRecord.NameMaxLength);
        builder.Property(c => c.FamilyNameSearch).HasMaxLength(ChildRecord.NameMaxLength);
        builder.Property(c => c.AgencyReference).HasMaxLength(ChildRecord.ReferenceMaxLength);
        builder.Property(c => c.Address).HasMaxLength(ChildRecord.AddressMaxLength);
        builder.Property(c => c.Postcode).HasMaxLength(10);
        builder.Property(c => c.NhsNumber).HasMaxLength(10);
        builder.Property(c => c.UniquePupilNumber).HasMaxLength(13);
        builder.Ignore(c => c.FullName);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Aliases).WithOne().HasForeignKey(a => a.ChildRecordId);
        builder.HasMany(c => c.RelatedAdults).WithOne().HasForeignKey(a => a.ChildRecordId);
        builder.HasIndex(c => new { c.AgencyId, c.FamilyNameSearch, c.GivenNameSearch });
        builder.HasIndex(c => new { c.AgencyId, c.GivenNameSearch });
        builder.HasIndex(c => new { c.AgencyId, c.DateOfBirth });
        builder.HasIndex(c => new { c.AgencyId, c.NhsNumber });
        builder.HasIndex(c => c.NhsNumber);
        builder.Property(c => c.RetentionCode).HasMaxLength(50).HasDefaultValue("child-record");
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(c => c.CaseHolderId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ChildAlias> builder)
    {
        builder.ToTable("child_aliases");
        builder.Property(a => a.GivenName).HasMaxLength(ChildRecord.NameMaxLength);
        builder.Property(a => a.FamilyName).HasMaxLength(ChildRecord.NameMaxLength);
        builder.Property(a => a.GivenNameSearch).HasMaxLength(ChildRecord.NameMaxLength);
        builder.Property(a => a.FamilyNameSearch).HasMaxLength(ChildRecord.NameMaxLength);
        builder.HasIndex(a => new { a.AgencyId, a.FamilyNameSearch, a.GivenNameSearch });
        builder.HasIndex(a => new { a.AgencyId, a.GivenNameSearch });
    }

    public void Configure(EntityTypeBuilder<RelatedAdult> builder)
    {
        builder.ToTable("related_adults");
        builder.Property(a => a.Name).HasMaxLength(ChildRecord.NameMaxLength * 2);
        builder.Property(a => a.Address).HasMaxLength(ChildRecord.AddressMaxLength);
        builder.Property(a => a.Postcode).HasMaxLength(10);
    }
}
