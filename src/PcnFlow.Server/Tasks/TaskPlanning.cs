using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Tasks;

/// <summary>The programme lead's levers on an open task: who does it, and when it is due and chased.</summary>
internal static class TaskPlanning
{
    private const int MaxReminders = 10;

    public static async Task<Results<Ok<TaskAssignment>, ValidationProblem, ProblemHttpResult>> ReassignAsync(
        Guid id, ReassignTaskRequest request, CurrentUser user, PcnFlowDbContext db, InstanceCommands commands, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var task = await TaskQueries.VisibleAsync(scope, db, id, ct);
        if (task == null)
            return ApiProblems.NotFound("There is no task with that id.");
        if (!MayPlan(scope, task))
            return ApiProblems.Forbidden("Only the ICS programme lead can reassign a task.");
        string? name = null;
        if (request.UserId is { } userId)
        {
            name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
            if (name == null || !await TaskRoles.HoldsAsync(db, task, userId, ct))
                return ApiProblems.Invalid("userId", $"That person is not a {task.OwnerRole} for this task's organisation.");
        }
        var result = await commands.ReassignTaskAsync(id, request.UserId, scope.UserName, ct);
        if (result.Status != CommandStatus.Ok)
            return ApiProblems.Failed(result, "There is no task with that id.");
        return TypedResults.Ok(new TaskAssignment(id, task.OwnerRole, request.UserId, name));
    }

    public static async Task<Results<Ok<TaskScheduleView>, ValidationProblem, ProblemHttpResult>> RescheduleAsync(
        Guid id, RescheduleTaskRequest request, CurrentUser user, PcnFlowDbContext db, InstanceCommands commands, CancellationToken ct)
    {
        if (Check(request) is { } invalid)
            return invalid;
        var scope = await user.ScopeAsync(ct);
        var task = await TaskQueries.VisibleAsync(scope, db, id, ct);
        if (task == null)
            return ApiProblems.NotFound("There is no task with that id.");
        if (!MayPlan(scope, task))
            return ApiProblems.Forbidden("Only the ICS programme lead can change a task's due date or reminders.");
        var change = new TaskScheduleChange(request.DueDate, request.Reminders?.Select(r => r.Trim()).ToList(), request.EscalateAfter?.Trim(), Roles.Normalise(request.EscalateTo));
        var result = await commands.RescheduleTaskAsync(id, change, scope.UserName, ct);
        if (result.Status == CommandStatus.Invalid)
            return ApiProblems.Invalid(result.Errors);
        if (result.Status != CommandStatus.Ok)
            return ApiProblems.Failed(result, "There is no task with that id.");
        var payload = TaskPayloads.Read(result.Value!);
        return TypedResults.Ok(new TaskScheduleView(id, payload.DueDate, payload.DueAt, payload.Reminders, payload.EscalateAt, payload.EscalateTo));
    }

    // A personal plan is the CD's own; even when shared, the lead watches it rather than rearranging it.
    private static bool MayPlan(AccessScope scope, TaskRecord task) => scope.IsAdmin || (task.OwnerUserId == null && scope.IsLeadOf(task.IcsId));

    private static ValidationProblem? Check(RescheduleTaskRequest request)
    {
        if (request.DueDate == null && request.Reminders == null && request.EscalateAfter == null && request.EscalateTo == null)
            return ApiProblems.Invalid("dueDate", "Give a new due date, reminders or an escalation.");
        if (request.Reminders?.Count > MaxReminders)
            return ApiProblems.Invalid("reminders", $"A task can have at most {MaxReminders} reminders.");
        for (var i = 0; i < (request.Reminders?.Count ?? 0); i++)
        {
            if (!IsoDuration.TryParse(request.Reminders![i]?.Trim(), out _))
                return ApiProblems.Invalid($"reminders[{i}]", $"'{request.Reminders[i]}' is not an offset from the due date. Write -P3D for three days before, P0D for the day itself.");
        }
        if (request.EscalateAfter != null && (!IsoDuration.TryParse(request.EscalateAfter.Trim(), out var after) || after.Negative))
            return ApiProblems.Invalid("escalateAfter", $"'{request.EscalateAfter}' is not a time after the due date. Write it like P5D.");
        if (request.EscalateTo != null && Roles.Normalise(request.EscalateTo) == null)
            return ApiProblems.Invalid("escalateTo", $"'{request.EscalateTo}' is not a role. Use one of {string.Join(", ", Roles.All)}.");
        return null;
    }
}
