using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Tasks;

/// <summary>Completing tasks and deciding sign-offs. The engine checks the form; exactly one of two racing completions wins.</summary>
internal static class TaskActions
{
    public static async Task<Results<Ok<TaskOutcome>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteTaskRequest request, CurrentUser user, PcnFlowDbContext db, InstanceCommands commands, CancellationToken ct)
    {
        if (request.Fields is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined) })
            return ApiProblems.Invalid("fields", "Send the form's fields as a JSON object, keyed by field name.");
        var input = new ResumeInput { Outcome = request.Outcome, Fields = InstanceCommands.Fields(request.Fields), Comment = request.Comment };
        return await CompleteAsync(id, input, user, db, commands, signOffOnly: false, ct);
    }

    public static async Task<Results<Ok<TaskOutcome>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid id, SignOffDecisionRequest request, CurrentUser user, PcnFlowDbContext db, InstanceCommands commands, CancellationToken ct)
    {
        var decision = new[] { SignOff.Approved, SignOff.Returned }.FirstOrDefault(d => string.Equals(d, request.Decision?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (decision == null)
            return ApiProblems.Invalid("decision", $"Decide {SignOff.Approved} or {SignOff.Returned}.");
        if (decision == SignOff.Returned && string.IsNullOrWhiteSpace(request.Comment))
            return ApiProblems.Invalid("comment", "Say what needs to change before this can be signed off.");
        return await CompleteAsync(id, new ResumeInput { Outcome = decision, Comment = request.Comment?.Trim() }, user, db, commands, signOffOnly: true, ct);
    }

    private static async Task<Results<Ok<TaskOutcome>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, ResumeInput input, CurrentUser user, PcnFlowDbContext db, InstanceCommands commands, bool signOffOnly, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var task = await TaskQueries.VisibleAsync(scope, db, id, ct);
        if (task == null)
            return ApiProblems.NotFound("There is no task with that id.");
        if (signOffOnly && task.Kind != TaskKinds.SignOff)
            return ApiProblems.Invalid("decision", $"'{task.Title}' is not a sign-off; complete it instead.");
        if (!scope.CanAct(task))
            return ApiProblems.Forbidden($"'{task.Title}' is for the {task.OwnerRole}; you can see it but not complete it.");
        var result = await commands.CompleteTaskAsync(id, input, scope.UserName, ct);
        return result.Status switch
        {
            CommandStatus.Ok => TypedResults.Ok(Outcome(result.Value!)),
            CommandStatus.Invalid => ApiProblems.Invalid(result.Errors),
            _ => ApiProblems.Failed(result, "There is no task with that id."),
        };
    }

    private static TaskOutcome Outcome(TaskRecord task) => new(task.Id, task.InstanceId, task.State, task.Outcome, task.CompletedBy, task.CompletedAt);
}
