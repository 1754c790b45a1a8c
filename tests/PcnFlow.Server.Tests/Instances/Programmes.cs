using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Instances;

/// <summary>Starts programmes and moves their tasks on directly through the commands, to set the scene for API tests.</summary>
internal static class Programmes
{
    public const string SixStep = "six-step-development-support";
    public const string First100Days = "first-100-days";

    public static readonly DateOnly Today = DateOnly.FromDateTime(PcnFlowAppFactory.DefaultStart.UtcDateTime);

    public static async Task<string> StartAsync(PcnFlowAppFactory factory, string definitionId, Guid pcnId, DateOnly? day0 = null, Guid? owner = null)
    {
        using var scope = factory.Services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>()
            .StartAsync(new StartProgramme(definitionId, null, pcnId, day0 ?? Today, null, owner), "test");
        started.Status.ShouldBe(CommandStatus.Ok, started.Message);
        return started.Value!;
    }

    public static async Task<TaskRecord> TaskAsync(PcnFlowAppFactory factory, string instanceId, string activityId, TaskState state = TaskState.Open)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        return await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.ActivityId == activityId && t.State == state)
            .OrderByDescending(t => t.Attempt).FirstAsync();
    }

    public static async Task CompleteAsync(PcnFlowAppFactory factory, string instanceId, string activityId, JsonObject? fields = null, string? outcome = null, string? comment = null)
    {
        var task = await TaskAsync(factory, instanceId, activityId);
        // Reparsed so numbers arrive as they would from an HTTP body: the engine's form check reads a number
        // held as a CLR int (JsonValue.Create(42)) as not a number.
        fields = fields == null ? null : (JsonObject)JsonNode.Parse(fields.ToJsonString())!;
        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<InstanceCommands>()
            .CompleteTaskAsync(task.Id, new ResumeInput { Fields = fields, Outcome = outcome, Comment = comment }, "test");
        result.Status.ShouldBe(CommandStatus.Ok, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
    }

    /// <summary>Completes the three step 1 tasks that the step 1 sign-off waits for, which opens that sign-off.</summary>
    public static async Task CompleteStepOneAsync(PcnFlowAppFactory factory, string instanceId)
    {
        await CompleteAsync(factory, instanceId, "step1-confirm-practices", new JsonObject { ["memberPractices"] = "Riverside Surgery A12345", ["registeredPopulation"] = 42000 });
        await CompleteAsync(factory, instanceId, "step1-appoint-cd", new JsonObject { ["cdName"] = "Dr A", ["startDate"] = Today.ToString("yyyy-MM-dd") });
        await CompleteAsync(factory, instanceId, "step1-sign-agreement", new JsonObject { ["signedAgreement"] = "https://example.nhs.uk/agreement", ["allPracticesSigned"] = true });
    }

    public static async Task<T> DbAsync<T>(PcnFlowAppFactory factory, Func<PcnFlowDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>());
    }
}
