using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Advice;
using Tessera.Core.Modules.Sharing.Calendar;
using Tessera.Core.Modules.Sharing.Gateways;

namespace Tessera.Core.Data.Configurations;

/// <summary>The Sharing module's rules: the working-day calendar, the gateway registry and advice requests.</summary>
internal sealed class SharingRulesConfiguration :
    IEntityTypeConfiguration<BankHoliday>,
    IEntityTypeConfiguration<Gateway>,
    IEntityTypeConfiguration<GatewayRegistryVersion>,
    IEntityTypeConfiguration<GatewayChangeProposal>,
    IEntityTypeConfiguration<GatewayChangeApproval>,
    IEntityTypeConfiguration<AdviceRequest>
{
    /// <summary>When the seeded registry version took effect; fixed so the migration is deterministic.</summary>
    public static readonly DateTimeOffset SeedEffectiveFrom = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<BankHoliday> builder)
    {
        builder.ToTable("bank_holidays");
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Name).HasMaxLength(BankHoliday.NameMaxLength);
        builder.HasData(BankHolidaySeed.EnglandAndWales);
    }

    public void Configure(EntityTypeBuilder<Gateway> builder)
    {
        builder.ToTable("gateways");
        builder.Property(g => g.Code).HasMaxLength(Gateway.CodeMaxLength);
        builder.Property(g => g.Title).HasMaxLength(Gateway.TitleMaxLength);
        builder.Property(g => g.AppliesTo).HasMaxLength(Gateway.TextMaxLength);
        builder.Property(g => g.Allows).HasMaxLength(Gateway.TextMaxLength);
        builder.Property(g => g.SenderTypes).HasMaxLength(200);
        builder.Property(g => g.RecipientTypes).HasMaxLength(200);
        builder.Property(g => g.Purposes).HasMaxLength(50);
        builder.HasOne<GatewayRegistryVersion>().WithMany().HasForeignKey(g => g.RegistryVersion).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.RegistryVersion, g.Code }).IsUnique();
        builder.HasData(GatewaySeed.Gateways.Select((g, i) => Gateway.From(g, GatewaySeed.FirstVersion, i + 1, new Guid($"00000740-0000-7000-8000-{i + 1:D12}"))));
    }

    public void Configure(EntityTypeBuilder<GatewayRegistryVersion> builder)
    {
        builder.ToTable("gateway_registry_versions");
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).ValueGeneratedNever();
        builder.HasData(new GatewayRegistryVersion { Version = GatewaySeed.FirstVersion, EffectiveFrom = SeedEffectiveFrom });
    }

    public void Configure(EntityTypeBuilder<GatewayChangeProposal> builder)
    {
        builder.ToTable("gateway_change_proposals");
        builder.Property(p => p.Code).HasMaxLength(Gateway.CodeMaxLength);
        builder.Property(p => p.Title).HasMaxLength(Gateway.TitleMaxLength);
        builder.Property(p => p.AppliesTo).HasMaxLength(Gateway.TextMaxLength);
        builder.Property(p => p.Allows).HasMaxLength(Gateway.TextMaxLength);
        builder.Property(p => p.SenderTypes).HasMaxLength(200);
        builder.Property(p => p.RecipientTypes).HasMaxLength(200);
        builder.Property(p => p.Purposes).HasMaxLength(50);
        builder.Property(p => p.Reason).HasMaxLength(GatewayChangeProposal.ReasonMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(p => p.ProposedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Approvals).WithOne().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.Status, p.ProposedAt });
    }

    public void Configure(EntityTypeBuilder<GatewayChangeApproval> builder)
    {
        builder.ToTable("gateway_change_approvals");
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(a => a.ApprovedById).OnDelete(DeleteBehavior.Restrict);

        // One approval per partner: a second person from the same partner adds nothing.
        builder.HasIndex(a => new { a.ProposalId, a.Partner }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AdviceRequest> builder)
    {
        builder.ToTable("advice_requests");
        builder.Property(a => a.Question).HasMaxLength(AdviceRequest.QuestionMaxLength);
        builder.Property(a => a.AnonymisedSummary).HasMaxLength(AdviceRequest.SummaryMaxLength);
        builder.Property(a => a.Answer).HasMaxLength(AdviceRequest.AnswerMaxLength);
        builder.Property(a => a.ReturnUrl).HasMaxLength(AdviceRequest.ReturnUrlMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(a => a.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AgencyId, a.Status, a.AskedAt });
        builder.HasIndex(a => new { a.RequesterId, a.AskedAt });
        builder.HasIndex(a => a.ShareDraftId);
    }
}
