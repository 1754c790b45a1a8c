using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Migration;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence.Definitions;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Migration;

/// <summary>
/// Moves one programme to another version in one transaction, or plans it without saving. Re-timed tasks get new
/// reminder and escalation rows under new keys (carrying the task's revision), and the old pending rows are
/// cancelled, so the durable schedule, and Hangfire after it, follows the new dates and a queued old job does nothing.
/// </summary>
internal sealed class InstanceMigrator(UnitOfWork unitOfWork)
{
    /// <summary>The result, or null when there is no such programme. <paramref name="expectedRevision"/> refuses a stale move.</summary>
    public Task<InstanceMigration?> MigrateAsync(string instanceId, DefinitionVersion target, bool dryRun, long? expectedRevision, string actor, CancellationToken ct = default) =>
        unitOfWork.RunAsync(actor, async (session, token) =>
        {
            var instance = await session.LoadAsync(instanceId, token);
            if (instance == null)
                return null;
            var record = instance.Record;
            var pcnName = record.PcnId is { } pcnId ? await session.Db.Organisations.Where(o => o.Id == pcnId).Select(o => o.Name).FirstOrDefaultAsync(token) : null;
            var stale = Stale(record.Revision, expectedRevision) ?? Same(record.DefinitionVersion, target.Version);
            var fromVersion = record.DefinitionVersion;
            var plan = stale == null ? session.Migrate(instance, target, apply: !dryRun) : null;
            var refusals = stale != null ? [stale] : plan!.Refusals;
            var status = refusals.Count > 0 ? MigrationStatus.Refused : dryRun ? MigrationStatus.CanMigrate : MigrationStatus.Migrated;
            var retimed = new List<RetimedTaskView>();
            foreach (var change in plan?.Retimed ?? [])
            {
                var task = await session.Db.Tasks.FirstOrDefaultAsync(t => t.InstanceId == instanceId && t.BookmarkId == change.BookmarkId && t.State == TaskState.Open, token);
                if (status == MigrationStatus.Migrated && task != null)
                    await RetimeAsync(session, task, change, target.Version, token);
                retimed.Add(new RetimedTaskView(task?.Id, change.ActivityId, change.Title, change.OldDueDate, change.NewDueDate,
                    change.OldReminders, change.NewReminders, change.OldEscalateAt, change.NewEscalateAt));
            }
            return new InstanceMigration(instanceId, pcnName, fromVersion, target.Version, dryRun, status,
                plan?.Removed ?? [], plan?.Added ?? [], retimed, plan?.RetimedWaits ?? [], plan?.VariablesAdded ?? [], refusals,
                record.Revision + (status == MigrationStatus.Migrated ? 1 : 0));
        }, ct);

    private static MigrationRefusal? Stale(long revision, long? expected) => expected is { } sent && sent != revision
        ? new MigrationRefusal(null, null, $"This programme has changed since you looked at it (you sent revision {sent}; it is now {revision}). Run the dry run again and check what would change.")
        : null;

    private static MigrationRefusal? Same(int current, int target) => current == target
        ? new MigrationRefusal(null, null, $"This programme already runs version {target}.")
        : null;

    private static async Task RetimeAsync(InstanceSession session, TaskRecord task, RetimedTask change, int version, CancellationToken ct)
    {
        var payload = change.Payload;
        task.DueDate = payload.DueDate;
        task.DueAt = payload.DueAt?.ToUniversalTime();
        task.PayloadJson = JsonSerializer.Serialize(payload, WorkflowStateSerializer.Options);
        task.Revision++;
        await InstanceCommands.CancelRemindersAsync(session, task.Id, ct);
        foreach (var reminder in payload.Reminders.Where(r => r.At > session.Now))
            session.Plan($"reminder:{task.Id}:{task.Revision}:{reminder.Index}", ScheduledWorkKind.Reminder, task.InstanceId, reminder.At, task.Id, reminderIndex: reminder.Index);
        // An escalation already sent is not sent again for a date that has also passed under the new version.
        var escalateAt = payload.EscalateTo == null ? null : payload.EscalateAt;
        task.Escalated = task.Escalated && escalateAt <= session.Now;
        if (escalateAt is { } at && !task.Escalated)
            session.Plan($"escalation:{task.Id}:{task.Revision}", ScheduledWorkKind.Escalation, task.InstanceId, at, task.Id);
        session.Db.TaskComments.Add(new TaskComment
        {
            TaskId = task.Id,
            Author = session.Actor,
            Text = $"Programme moved to version {version}. " + InstanceCommands.Describe(change.OldDueDate, payload),
            At = session.Now,
        });
    }
}
