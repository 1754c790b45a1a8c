using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Hosting;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tasks;

namespace PcnFlow.Server.Seed;

/// <summary>
/// Plays a demo PCN's history forward: every open task due before the PCN's cut-off is completed with its first
/// outcome and valid sample answers, and timers that have fallen due are fired, until nothing more is due.
/// Everything goes through <see cref="InstanceCommands"/>, so the rows are exactly what real use would leave.
/// </summary>
internal sealed class DemoProgress(PcnFlowDbContext db, InstanceCommands commands, ScheduledWorkRunner runner, TimeProvider time, ILogger<DemoProgress> log)
{
    // A safety stop: a year of the six steps plus a 100-day plan is well under a hundred tasks.
    private const int MaxSteps = 400;

    public async Task CompleteDueAsync(Guid pcnId, DemoPcn pcn, PcnFlowUser director, DateOnly today, CancellationToken ct)
    {
        var cutoff = today.AddDays(pcn.DoneBefore);
        var refused = new List<Guid>();
        for (var step = 0; step < MaxSteps; step++)
        {
            var fired = await FireDueTimersAsync(ct);
            var task = await db.Tasks.AsNoTracking()
                .Where(t => t.PcnId == pcnId && t.State == TaskState.Open && t.DueDate != null && t.DueDate < cutoff && !refused.Contains(t.Id))
                .OrderBy(t => t.DueDate).ThenBy(t => t.Id)
                .FirstOrDefaultAsync(ct);
            if (task == null)
            {
                if (fired == 0)
                    return;
                continue;
            }
            var payload = TaskPayloads.Read(task);
            var fields = SampleAnswers.For(payload.Form, task.DueDate ?? today);
            // The CD appointment form starts the 100-day plan from its start date, so give it the demo CD's.
            if (fields.ContainsKey("startDate"))
                fields["startDate"] = today.AddDays(pcn.DirectorStart).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (fields.ContainsKey("cdName"))
                fields["cdName"] = director.DisplayName;
            var input = new ResumeInput { Outcome = payload.Outcomes.FirstOrDefault(), Fields = fields };
            var result = await commands.CompleteTaskAsync(task.Id, input, Actor(task, director), ct);
            if (result.Status != CommandStatus.Ok)
            {
                log.LogWarning("Demo seed left task {Title} open: {Status} {Message} {Errors}", task.Title, result.Status, result.Message, string.Join("; ", result.Errors.Select(e => e.Message)));
                refused.Add(task.Id);
                continue;
            }
            await BackdateCompletionAsync(task, ct);
        }
    }

    /// <summary>
    /// The commands record a completion at the moment the seeder runs, which would put a PCN's whole history in
    /// this week of the dashboard's progress chart. A real team finishes work on or shortly before its due date, so
    /// the completion is moved there: mid-afternoon UK time, up to two days early (the same for the same task).
    /// </summary>
    private async Task BackdateCompletionAsync(TaskRecord task, CancellationToken ct)
    {
        if (task.DueDate is not { } due)
            return;
        var daysEarly = (int)((uint)task.Id.GetHashCode() % 3);
        var completedAt = UkTime.AtLocalTime(due.AddDays(-daysEarly), new TimeOnly(15, 0));
        var now = time.GetUtcNow();
        if (completedAt > now)
            completedAt = now;
        await db.Tasks.Where(t => t.Id == task.Id && t.State == TaskState.Completed)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.CompletedAt, completedAt), ct);
    }

    /// <summary>
    /// Reminders and "task opened" notices whose moment passed while history was being played forward would all
    /// go out at the first start; the demo starts without that burst. Escalations stay, as they change what the
    /// dashboard shows.
    /// </summary>
    public Task SkipStaleNoticesAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return db.ScheduledWork
            .Where(w => w.Status == ScheduledWorkStatus.Pending && w.DueAt <= now
                && (w.Kind == ScheduledWorkKind.Reminder || w.Kind == ScheduledWorkKind.TaskOpenedNotice || w.Kind == ScheduledWorkKind.RequestSignOff))
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, ScheduledWorkStatus.Cancelled).SetProperty(w => w.CompletedAt, now).SetProperty(w => w.Revision, w => w.Revision + 1), ct);
    }

    private async Task<int> FireDueTimersAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.ScheduledWork.AsNoTracking()
            .Where(w => w.Status == ScheduledWorkStatus.Pending && w.DueAt <= now && (w.Kind == ScheduledWorkKind.ResumeTimer || w.Kind == ScheduledWorkKind.OpenReview))
            .Select(w => w.Id)
            .ToListAsync(ct);
        foreach (var id in due)
            await runner.RunAsync(id, ct);
        return due.Count;
    }

    private static string Actor(TaskRecord task, PcnFlowUser director) => task.OwnerRole switch
    {
        AccessRoles.ProgrammeLead => $"lead@{DemoSeeder.Domain}",
        AccessRoles.ClinicalDirector => director.Email!,
        _ => $"{task.OwnerRole} (demo)",
    };
}
