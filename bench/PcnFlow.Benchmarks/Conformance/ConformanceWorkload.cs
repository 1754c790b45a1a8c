using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Benchmarks.Conformance;

/// <summary>One Elsa conformance workflow, compiled once, run start to finish in memory.</summary>
internal sealed class ConformanceWorkload
{
    private readonly WorkflowEngine _engine = new(new WorkflowEngineOptions { TimeProvider = new BenchmarkClock(new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero)) });
    private readonly WorkflowBlueprint _blueprint;
    private readonly string[] _expectedLines;

    public ConformanceWorkload(string name)
    {
        _blueprint = _engine.Compile(WorkflowFiles.Conformance(name));
        _expectedLines = ExpectedLines(name);
    }

    /// <summary>
    /// Starts an instance; these workflows have no timers or tasks, so it runs to the end in one call.
    /// The state is returned so the run cannot be optimised away.
    /// </summary>
    public WorkflowState Run() => _engine.Start(_blueprint).State;

    /// <summary>Runs once and fails loudly unless the result is what Elsa's own test asserts.</summary>
    public WorkflowState RunChecked()
    {
        var state = Run();
        if (state.SubStatus != WorkflowSubStatus.Finished || !state.OutputLog.SequenceEqual(_expectedLines))
            throw new InvalidOperationException($"The conformance run ended {state.SubStatus} with [{string.Join(", ", state.OutputLog)}], not as cases.json expects.");
        return state;
    }

    private static string[] ExpectedLines(string name)
    {
        var cases = JsonNode.Parse(File.ReadAllText(WorkflowFiles.ConformanceCases))!["cases"]!.AsArray();
        var match = cases.First(c => c!["file"]!.GetValue<string>() == $"workflows/{name}.json")!;
        return [.. match["lines"]!.AsArray().Select(l => l!.GetValue<string>())];
    }
}
