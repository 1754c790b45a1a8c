using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PcnFlow.Persistence.Instances;

internal sealed class WorkflowInstanceRecordConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.Property(i => i.Id).HasMaxLength(64);
        builder.Property(i => i.DefinitionId).HasMaxLength(100);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.SubStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.CorrelationId).HasMaxLength(200);
        builder.Property(i => i.ParentInstanceId).HasMaxLength(64);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasIndex(i => new { i.IcsId, i.Status });
        builder.HasIndex(i => new { i.PcnId, i.Status });
        builder.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion });
        builder.HasIndex(i => i.ParentInstanceId);
    }
}

internal sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("Bookmarks");
        builder.HasKey(b => new { b.InstanceId, b.BookmarkId });
        builder.Property(b => b.InstanceId).HasMaxLength(64);
        builder.Property(b => b.BookmarkId).HasMaxLength(64);
        builder.Property(b => b.Kind).HasMaxLength(32);
        builder.Property(b => b.ActivityId).HasMaxLength(100);
        builder.Property(b => b.Key).HasMaxLength(200);
        builder.Property(b => b.CorrelationId).HasMaxLength(200);
        builder.HasIndex(b => new { b.Kind, b.Key });
        builder.HasOne<WorkflowInstanceRecord>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JournalRecordConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("Journal");
        builder.Property(j => j.InstanceId).HasMaxLength(64);
        builder.Property(j => j.Kind).HasMaxLength(32);
        builder.Property(j => j.ActivityId).HasMaxLength(100);
        builder.Property(j => j.ActivityType).HasMaxLength(100);
        builder.Property(j => j.Actor).HasMaxLength(256);
        builder.Property(j => j.Outcome).HasMaxLength(100);
        builder.HasIndex(j => new { j.InstanceId, j.Sequence }).IsUnique();
        builder.HasOne<WorkflowInstanceRecord>().WithMany().HasForeignKey(j => j.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
