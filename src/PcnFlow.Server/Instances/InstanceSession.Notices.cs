using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Instances;

internal sealed partial class InstanceSession
{
    /// <summary>
    /// Writes the opening notices (and sign-off requests) of the tasks this unit of work opened into its own commit, and
    /// marks their rows done. Left to a job each, every completion cost a Hangfire job and a second unit of work that
    /// read back the instance and task just written; the job stays for notices planned otherwise (a reassignment) and
    /// for anything opened while saving (a child programme). A task already closed again gets no notice, as the job
    /// would have found it closed.
    /// </summary>
    public async Task WriteOpeningNoticesAsync(CancellationToken ct)
    {
        var due = NewWork.Where(w => w.Status == ScheduledWorkStatus.Pending && w.Kind is ScheduledWorkKind.TaskOpenedNotice or ScheduledWorkKind.RequestSignOff && w.DueAt <= Now).ToList();
        foreach (var work in due)
        {
            var task = _openedTasks.Find(t => t.Id == work.TaskId);
            if (task is not { State: TaskState.Open } || !_loaded.TryGetValue(work.InstanceId, out var instance))
                continue;
            await ScheduledWorkRunner.NotifyOpenedAsync(this, work, instance.Record, task, ct);
            work.Status = ScheduledWorkStatus.Done;
            work.CompletedAt = Now;
        }
    }
}
