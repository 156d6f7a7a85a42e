using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Api.Models;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Barriers.Models;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Guidance.Models;
using Tessera.Core.Modules.Language.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Modules.Sharing.Advice;
using Tessera.Core.Modules.Sharing.Calendar;
using Tessera.Core.Modules.Sharing.Gateways;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Training.Models;
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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditSeal> AuditSeals => Set<AuditSeal>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();
    public DbSet<ChildAssignment> ChildAssignments => Set<ChildAssignment>();
    public DbSet<EmergencyAccess> EmergencyAccesses => Set<EmergencyAccess>();
    public DbSet<Shield> Shields => Set<Shield>();
    public DbSet<ShieldViewer> ShieldViewers => Set<ShieldViewer>();
    public DbSet<RetentionSchedule> RetentionSchedules => Set<RetentionSchedule>();
    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();
    public DbSet<VocabularyTerm> VocabularyTerms => Set<VocabularyTerm>();
    public DbSet<VocabularyTermVersion> VocabularyTermVersions => Set<VocabularyTermVersion>();
    public DbSet<AgencyTermMapping> AgencyTermMappings => Set<AgencyTermMapping>();
    public DbSet<AgencyTermMappingVersion> AgencyTermMappingVersions => Set<AgencyTermMappingVersion>();
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingRequirement> TrainingRequirements => Set<TrainingRequirement>();
    public DbSet<TrainingCompletion> TrainingCompletions => Set<TrainingCompletion>();
    public DbSet<TrainingEvent> TrainingEvents => Set<TrainingEvent>();
    public DbSet<TrainingBooking> TrainingBookings => Set<TrainingBooking>();
    public DbSet<TrainingReminder> TrainingReminders => Set<TrainingReminder>();
    public DbSet<ReportNarrative> ReportNarratives => Set<ReportNarrative>();
    public DbSet<ShareDraft> ShareDrafts => Set<ShareDraft>();
    public DbSet<Share> Shares => Set<Share>();
    public DbSet<ShareAmendment> ShareAmendments => Set<ShareAmendment>();
    public DbSet<ShareOutcomeReply> ShareOutcomeReplies => Set<ShareOutcomeReply>();
    public DbSet<NotSharedDecision> NotSharedDecisions => Set<NotSharedDecision>();

    // Sharing rules (issue 4): calendar, gateway registry, advice.
    public DbSet<BankHoliday> BankHolidays => Set<BankHoliday>();
    public DbSet<Gateway> Gateways => Set<Gateway>();
    public DbSet<GatewayRegistryVersion> GatewayRegistryVersions => Set<GatewayRegistryVersion>();
    public DbSet<GatewayChangeProposal> GatewayChangeProposals => Set<GatewayChangeProposal>();
    public DbSet<GatewayChangeApproval> GatewayChangeApprovals => Set<GatewayChangeApproval>();
    public DbSet<AdviceRequest> AdviceRequests => Set<AdviceRequest>();
    public DbSet<PracticeExample> PracticeExamples => Set<PracticeExample>();
    public DbSet<HelpfulMark> HelpfulMarks => Set<HelpfulMark>();
    public DbSet<GuidanceVersion> GuidanceVersions => Set<GuidanceVersion>();
    public DbSet<GuidanceSection> GuidanceSections => Set<GuidanceSection>();
    public DbSet<GuidanceAcknowledgement> GuidanceAcknowledgements => Set<GuidanceAcknowledgement>();
    public DbSet<BarrierReport> BarrierReports => Set<BarrierReport>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Every editable entity has a Guid "Version" concurrency token. A new value on each save means an edit made from
    /// a stale page (the original value no longer matches) fails with DbUpdateConcurrencyException instead of
    /// silently overwriting someone else's change.
    /// </summary>
    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || entry.Metadata.FindProperty("Version") is not { } property
                || property.ClrType != typeof(Guid) || !property.IsConcurrencyToken)
            {
                continue;
            }

            var version = entry.Property(property.Name);
            if (entry.State == EntityState.Modified || (Guid)version.CurrentValue! == Guid.Empty)
            {
                version.CurrentValue = Guid.NewGuid();
            }
        }
    }

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
