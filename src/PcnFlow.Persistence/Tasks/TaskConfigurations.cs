using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcnFlow.Persistence.Instances;

namespace PcnFlow.Persistence.Tasks;

internal sealed class TaskRecordConfiguration : IEntityTypeConfiguration<TaskRecord>
{
    public void Configure(EntityTypeBuilder<TaskRecord> builder)
    {
        builder.ToTable("Tasks");
        builder.Property(t => t.InstanceId).HasMaxLength(64);
        builder.Property(t => t.BookmarkId).HasMaxLength(64);
        builder.Property(t => t.ActivityId).HasMaxLength(100);
        builder.Property(t => t.Kind).HasMaxLength(16);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.OwnerRole).HasMaxLength(32);
        builder.Property(t => t.Stage).HasMaxLength(200);
        builder.Property(t => t.ProgrammeName).HasMaxLength(300);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Outcome).HasMaxLength(100);
        builder.Property(t => t.CompletedBy).HasMaxLength(256);
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.HasIndex(t => new { t.InstanceId, t.BookmarkId }).IsUnique();
        builder.HasIndex(t => new { t.PcnId, t.State, t.DueAt });
        builder.HasIndex(t => new { t.IcsId, t.State, t.DueAt });
        builder.HasIndex(t => new { t.OwnerUserId, t.State });
        // With the PCN, ICS and owner indexes, this lets the inbox's index pre-filter (AccessScope.Inbox) be read as
        // a union of index lookups: a task assigned to a person is theirs whatever its role.
        builder.HasIndex(t => new { t.AssigneeUserId, t.State });
        // The inbox's scope is a tree of ORs that no index above can serve, so without this SQLite read every task
        // ever opened (with its form payload) for each inbox; open tasks are a small share of the table.
        builder.HasIndex(t => new { t.State, t.DueAt });
        builder.HasOne<WorkflowInstanceRecord>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskCommentConfiguration : IEntityTypeConfiguration<TaskComment>
{
    public void Configure(EntityTypeBuilder<TaskComment> builder)
    {
        builder.ToTable("TaskComments");
        builder.Property(c => c.Author).HasMaxLength(256);
        builder.Property(c => c.Text).HasMaxLength(10_000);
        builder.HasIndex(c => c.TaskId);
        builder.HasOne<TaskRecord>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvidenceLinkConfiguration : IEntityTypeConfiguration<EvidenceLink>
{
    public void Configure(EntityTypeBuilder<EvidenceLink> builder)
    {
        builder.ToTable("EvidenceLinks");
        builder.Property(e => e.Url).HasMaxLength(2000);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.AddedBy).HasMaxLength(256);
        builder.HasIndex(e => e.TaskId);
        builder.HasOne<TaskRecord>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SignOffDecisionConfiguration : IEntityTypeConfiguration<SignOffDecision>
{
    public void Configure(EntityTypeBuilder<SignOffDecision> builder)
    {
        builder.ToTable("SignOffDecisions");
        builder.Property(s => s.InstanceId).HasMaxLength(64);
        builder.Property(s => s.ActivityId).HasMaxLength(100);
        builder.Property(s => s.Decision).HasMaxLength(32);
        builder.Property(s => s.Comment).HasMaxLength(10_000);
        builder.Property(s => s.DecidedBy).HasMaxLength(256);
        builder.HasIndex(s => s.TaskId).IsUnique();
        builder.HasIndex(s => s.InstanceId);
        builder.HasOne<TaskRecord>().WithMany().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
