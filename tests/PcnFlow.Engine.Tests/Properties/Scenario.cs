using PcnFlow.Engine.Definitions;

namespace PcnFlow.Engine.Tests.Properties;

/// <summary>A generated flowchart and the choices that drive it (which task to complete, which outcome, which event).</summary>
internal sealed record Scenario(Step[] Steps, int[] Choices)
{
    private string? _json;

    /// <summary>The Elsa 3 definition JSON.</summary>
    public string Json => _json ??= ScenarioWriter.Json(Steps);

    /// <summary>Whether the definition holds a deliberate Elsa.Fault, the only reason it may end faulted.</summary>
    public bool HasFault => Json.Contains("\"Elsa.Fault\"", StringComparison.Ordinal);

    public WorkflowDefinition Definition() => WorkflowDefinitionReader.ReadOrThrow(Json);

    // FsCheck prints this for a counterexample: enough to replay it by hand.
    public override string ToString() => $"{Json}{Environment.NewLine}choices: [{string.Join(", ", Choices)}]";
}
