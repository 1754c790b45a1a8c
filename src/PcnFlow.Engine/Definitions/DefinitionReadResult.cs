namespace PcnFlow.Engine.Definitions;

/// <summary>The outcome of reading definition JSON: a definition, or the problems that stopped it.</summary>
public sealed record DefinitionReadResult(WorkflowDefinition? Definition, IReadOnlyList<DefinitionProblem> Problems)
{
    /// <summary>A successful read.</summary>
    public static DefinitionReadResult Ok(WorkflowDefinition definition) => new(definition, []);

    /// <summary>A refused read.</summary>
    public static DefinitionReadResult Failed(params DefinitionProblem[] problems) => new(null, problems);
}
