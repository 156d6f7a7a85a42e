using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tessera.Core.Modules.Api.Models;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Data;

/// <summary>The one DbContext. Each module keeps its mapping in its own configuration class under Data/Configurations.</summary>
public class TesseraDbContext(DbContextOptions<TesseraDbContext> options)
    : IdentityDbContext<Practitioner, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<SafeguardingPartnership> Partnerships => Set<SafeguardingPartnership>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ChildRecord> ChildRecords => Set<ChildRecord>();
    public DbSet<ChildAlias> ChildAliases => Set<ChildAlias>();
    public DbSet<RelatedAdult> RelatedAdults => Set<RelatedAdult>();
    public DbSet<ConcernCategory> ConcernCategories => Set<ConcernCategory>();
    public DbSet<Concern> Concerns => Set<Concern>();
    public DbSet<ConcernAction> ConcernActions => Set<ConcernAction>();
    public DbSet<ConcernAmendment> ConcernAmendments => Set<ConcernAmendment>();
    public DbSet<InboxItem> InboxItems => Set<InboxItem>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Process> Processes => Set<Process>();
    public DbSet<ProcessEvent> ProcessEvents => Set<ProcessEvent>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TesseraDbContext).Assembly);

        // Name search is a prefix range over upper-case copies; byte order ("C") lets PostgreSQL use the index for it,
        // as SQLite's default BINARY collation already does.
        if (Database.IsNpgsql())
        {
            builder.Entity<ChildRecord>().Property(c => c.GivenNameSearch).UseCollation("C");
            builder.Entity<ChildRecord>().Property(c => c.FamilyNameSearch).UseCollation("C");
            builder.Entity<ChildAlias>().Property(c => c.GivenNameSearch).UseCollation("C");
            builder.Entity<ChildAlias>().Property(c => c.FamilyNameSearch).UseCollation("C");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset stored as text; as a long it sorts correctly.
        // Every time Tessera stores is UTC, so the converted values keep their order.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
