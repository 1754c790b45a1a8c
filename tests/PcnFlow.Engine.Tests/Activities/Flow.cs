using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>
/// A one-flowchart workflow built from activity JSON and connections written <c>"a -> b"</c> or
/// <c>"a:Port -> b"</c>, compiled and run on a <see cref="FakeTimeProvider"/>.
/// </summary>
internal sealed class Flow
{
    /// <summary>Monday 6 January 2025, 08:00 in London (GMT), when every flow starts unless told otherwise.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 1, 6, 8, 0, 0, TimeSpan.Zero);

    private Flow(WorkflowEngine engine, FakeTimeProvider time, WorkflowBlueprint blueprint)
    {
        Engine = engine;
        Time = time;
        Blueprint = blueprint;
    }

    public WorkflowEngine Engine { get; }

    public FakeTimeProvider Time { get; }

    public WorkflowBlueprint Blueprint { get; }

    /// <summary>The whole definition JSON around a root flowchart with these activities and connections.</summary>
    public static string Json(IEnumerable<string> activities, IEnumerable<string> connections, string variables = "[]")
    {
        var root = Flowchart(activities, connections);
        root["id"] = "Flowchart1";
        root["type"] = "Elsa.Flowchart";
        var definition = new JsonObject
        {
            ["id"] = "test-v1",
            ["definitionId"] = "test",
            ["name"] = "Test workflow",
            ["version"] = 1,
            ["variables"] = JsonNode.Parse(variables),
            ["root"] = root,
        };
        return definition.ToJsonString();
    }

    /// <summary>A nested flowchart's <c>activities</c> and <c>connections</c>, for <see cref="Act.Of"/>.</summary>
    public static JsonObject Flowchart(IEnumerable<string> activities, IEnumerable<string> connections) => new()
    {
        ["activities"] = new JsonArray([.. activities.Select(a => JsonNode.Parse(a))]),
        ["connections"] = new JsonArray([.. connections.Select(Connection)]),
    };

    public static WorkflowDefinition Definition(IEnumerable<string> activities, IEnumerable<string> connections, string variables = "[]") =>
        WorkflowDefinitionReader.ReadOrThrow(Json(activities, connections, variables));

    public static Flow Of(params string[] activities) => Of(activities, []);

    public static Flow Of(
        IEnumerable<string> activities,
        IEnumerable<string> connections,
        string variables = "[]",
        DateTimeOffset? now = null,
        int maxExecutions = 10_000,
        ExpressionOptions? expressions = null)
    {
        var time = new FakeTimeProvider(now ?? Epoch);
        var engine = new WorkflowEngine(new WorkflowEngineOptions
        {
            TimeProvider = time,
            MaxActivityExecutionsPerRun = maxExecutions,
            Expressions = expressions ?? new ExpressionOptions(),
        });
        return new Flow(engine, time, engine.Compile(Definition(activities, connections, variables)));
    }

    public RunResult Start(StartOptions? options = null) => Engine.Start(Blueprint, options);

    public RunResult Resume(WorkflowState state, string bookmarkId, ResumeInput? input = null, string actor = "tester") =>
        Engine.Resume(Blueprint, state, bookmarkId, input, actor);

    /// <summary>Moves the clock on and resumes every timer now due.</summary>
    public RunResult Advance(WorkflowState state, TimeSpan by)
    {
        Time.Advance(by);
        return Engine.ResumeDueTimers(Blueprint, state);
    }

    /// <summary>Moves the clock to a moment and resumes every timer now due.</summary>
    public RunResult AdvanceTo(WorkflowState state, DateTimeOffset moment)
    {
        Time.SetUtcNow(moment);
        return Engine.ResumeDueTimers(Blueprint, state);
    }

    private static JsonNode Connection(string text)
    {
        var arrow = text.IndexOf("->", StringComparison.Ordinal);
        var source = text[..arrow].Trim();
        var target = text[(arrow + 2)..].Trim();
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        return new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = colon < 0 ? source : source[..colon], ["port"] = colon < 0 ? "Done" : source[(colon + 1)..] },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        };
    }
}
