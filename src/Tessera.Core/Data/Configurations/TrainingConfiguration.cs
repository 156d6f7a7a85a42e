using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Models;

namespace Tessera.Core.Data.Configurations;

internal sealed class TrainingConfiguration :
    IEntityTypeConfiguration<TrainingCourse>,
    IEntityTypeConfiguration<TrainingRequirement>,
    IEntityTypeConfiguration<TrainingCompletion>,
    IEntityTypeConfiguration<TrainingEvent>,
    IEntityTypeConfiguration<TrainingBooking>,
    IEntityTypeConfiguration<TrainingReminder>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> builder)
    {
        builder.ToTable("training_courses");
        builder.Property(c => c.Code).HasMaxLength(TrainingCourse.CodeMaxLength);
        builder.Property(c => c.Title).HasMaxLength(TrainingCourse.TitleMaxLength);
        builder.Property(c => c.Provider).HasMaxLength(TrainingCourse.ProviderMaxLength);
        builder.Property(c => c.Covers).HasMaxLength(TrainingCourse.CoversMaxLength);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasData(TrainingDefaults.Courses);
    }

    public void Configure(EntityTypeBuilder<TrainingRequirement> builder)
    {
        builder.ToTable("training_requirements");
        builder.HasOne<TrainingCourse>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(TrainingDefaults.Requirements);
    }

    public void Configure(EntityTypeBuilder<TrainingCompletion> builder)
    {
        builder.ToTable("training_completions");
        builder.Property(c => c.Evidence).HasMaxLength(TrainingCompletion.EvidenceMaxLength);
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(c => c.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingCourse>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);

        // The same person, course and date is one completion, however it arrived.
        builder.HasIndex(c => new { c.PractitionerId, c.CourseId, c.CompletedOn }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<TrainingEvent> builder)
    {
        builder.ToTable("training_events");
        builder.Property(e => e.Venue).HasMaxLength(TrainingEvent.VenueMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<TrainingCourse>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Bookings).WithOne().HasForeignKey(b => b.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.HeldOn);
    }

    public void Configure(EntityTypeBuilder<TrainingBooking> builder)
    {
        builder.ToTable("training_bookings");
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(b => b.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.EventId, b.PractitionerId });
    }

    public void Configure(EntityTypeBuilder<TrainingReminder> builder)
    {
        builder.ToTable("training_reminders");
        builder.HasIndex(r => new { r.PractitionerId, r.RequirementId, r.DueOn, r.State }).IsUnique();
    }
}
