using System.Text.Json;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Tasks;

internal static class TaskPayloads
{
    public static HumanTaskPayload Read(TaskRecord task) =>
        JsonSerializer.Deserialize<HumanTaskPayload>(task.PayloadJson, WorkflowStateSerializer.Options)
            ?? throw new InvalidOperationException($"Task {task.Id} has no payload.");
}
