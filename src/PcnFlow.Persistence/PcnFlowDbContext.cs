using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Definitions;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Instances;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Persistence;

/// <summary>
/// The engine's store. Each provider has a subclass only so that it can carry its own migrations;
/// the model is the same.
/// </summary>
public abstract class PcnFlowDbContext(DbContextOptions options)
    : IdentityDbContext<PcnFlowUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<DefinitionVersion> DefinitionVersions => Set<DefinitionVersion>();
    public DbSet<WorkflowInstanceRecord> Instances => Set<WorkflowInstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();
    public DbSet<TaskComment> TaskComments => Set<TaskComment>();
    public DbSet<EvidenceLink> EvidenceLinks => Set<EvidenceLink>();
    public DbSet<SignOffDecision> SignOffDecisions => Set<SignOffDecision>();
    public DbSet<ScheduledWork> ScheduledWork => Set<ScheduledWork>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InAppNotification> InAppNotifications => Set<InAppNotification>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PcnFlowDbContext).Assembly);
    }
}
