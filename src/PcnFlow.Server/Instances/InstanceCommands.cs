using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Instances;

/// <summary>The state-changing operations on instances and tasks, each one transaction. Callers check access first.</summary>
internal sealed partial class InstanceCommands(UnitOfWork unitOfWork)
{
    public Task<CommandResult<string>> StartAsync(StartProgramme request, string actor, CancellationToken ct = default) =>
        unitOfWork.RunAsync(actor, async (session, token) =>
        {
            var query = session.Db.DefinitionVersions.AsNoTracking().Where(v => v.DefinitionId == request.DefinitionId);
            var version = request.Version is { } wanted
                ? await query.FirstOrDefaultAsync(v => v.Version == wanted && v.IsPublished, token)
                : await query.Where(v => v.IsPublished).OrderByDescending(v => v.Version).FirstOrDefaultAsync(token);
            if (version == null)
                return CommandResult<string>.Invalid("definitionId", $"There is no published version of '{request.DefinitionId}'{(request.Version == null ? "" : $" numbered {request.Version}")}.");
            var pcn = await session.Db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.PcnId && o.Kind == OrganisationKind.Pcn, token);
            if (pcn == null)
                return CommandResult<string>.Invalid("pcnId", "There is no PCN with that id.");
            var owner = PersonalPlans.IsPersonal(version.Json) ? request.OwnerUserId : null;
            var input = new Dictionary<string, object?>(request.Input ?? new Dictionary<string, object?>(), StringComparer.OrdinalIgnoreCase)
            {
                ["pcnName"] = pcn.Name,
                ["day0"] = request.Day0.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            var started = await session.StartAsync(version, new StartOptions { Input = input, PcnName = pcn.Name, Day0 = request.Day0, Actor = actor },
                new InstanceScopeIds(pcn.Id, pcn.ParentId, owner), token);
            return CommandResult<string>.Ok(started.Id);
        }, ct);

    public Task<CommandResult<TaskRecord>> CompleteTaskAsync(Guid taskId, ResumeInput input, string actor, CancellationToken ct = default) =>
        unitOfWork.RunAsync(actor, async (session, token) =>
        {
            var task = await session.Db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, token);
            if (task == null)
                return CommandResult<TaskRecord>.NotFound();
            if (task.State != TaskState.Open)
                return CommandResult<TaskRecord>.Conflict(task.State == TaskState.Completed
                    ? $"This task was already completed by {task.CompletedBy} ({task.Outcome})."
                    : "This task was cancelled and can no longer be completed.");
            var instance = await session.LoadAsync(task.InstanceId, token);
            var result = await session.ResumeAsync(instance!, task.BookmarkId, input, actor, token);
            switch (result.Status)
            {
                case ResumeStatus.Rejected:
                    return CommandResult<TaskRecord>.Invalid(result.Errors);
                case ResumeStatus.AlreadyResumed or ResumeStatus.NotFound:
                    return CommandResult<TaskRecord>.Conflict("This task was already completed.");
            }
            task.DataJson = input.Fields?.ToJsonString();
            if (task.Kind == TaskKinds.SignOff)
            {
                session.Db.SignOffDecisions.Add(new SignOffDecision
                {
                    TaskId = task.Id,
                    InstanceId = task.InstanceId,
                    ActivityId = task.ActivityId,
                    Decision = task.Outcome ?? input.Outcome ?? "Approved",
                    Comment = input.Comment,
                    DecidedBy = actor,
                    At = session.Now,
                });
            }
            return CommandResult<TaskRecord>.Ok(task);
        }, ct);

    public Task<CommandResult<bool>> CancelAsync(string instanceId, string actor, string? reason, CancellationToken ct = default) =>
        unitOfWork.RunAsync(actor, async (session, token) =>
        {
            var instance = await session.LoadAsync(instanceId, token);
            if (instance == null)
                return CommandResult<bool>.NotFound();
            if (instance.State.Status == WorkflowStatus.Finished)
                return CommandResult<bool>.Conflict($"This instance has already ended ({instance.State.SubStatus}).");
            await session.CancelAsync(instance, actor, reason, token);
            return CommandResult<bool>.Ok(true);
        }, ct);

    public Task<int> PublishEventAsync(string name, JsonNode? payload, string? correlationId, string actor, CancellationToken ct = default) =>
        unitOfWork.RunAsync(actor, async (session, token) =>
        {
            await session.PublishAsync(name, payload, correlationId, token);
            return session.LoadedCount;
        }, ct);

    public static JsonObject? Fields(JsonElement? fields) => fields is { ValueKind: JsonValueKind.Object } element ? JsonNode.Parse(element.GetRawText()) as JsonObject : null;
}
