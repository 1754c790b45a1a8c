using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcnFlow.Persistence.Instances;

namespace PcnFlow.Persistence.Scheduling;

internal sealed class ScheduledWorkConfiguration : IEntityTypeConfiguration<ScheduledWork>
{
    public void Configure(EntityTypeBuilder<ScheduledWork> builder)
    {
        builder.ToTable("ScheduledWork");
        builder.Property(w => w.Key).HasMaxLength(200);
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.InstanceId).HasMaxLength(64);
        builder.Property(w => w.BookmarkId).HasMaxLength(64);
        builder.Property(w => w.JobId).HasMaxLength(64);
        builder.Property(w => w.Revision).IsConcurrencyToken();
        builder.HasIndex(w => w.Key).IsUnique();
        builder.HasIndex(w => new { w.Status, w.DueAt });
        builder.HasIndex(w => w.TaskId);
        builder.HasIndex(w => w.InstanceId);
        builder.HasOne<WorkflowInstanceRecord>().WithMany().HasForeignKey(w => w.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
