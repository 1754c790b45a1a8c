namespace PcnFlow.Engine.Definitions;

/// <summary>One problem found in a definition, worded for a programme lead.</summary>
/// <param name="ActivityId">The activity concerned, or null for the workflow as a whole.</param>
/// <param name="JsonPath">Where in the JSON the problem is, e.g. <c>$.root.activities[2].due</c>.</param>
/// <param name="Message">A plain-English sentence saying what is wrong and how to fix it.</param>
/// <param name="Code">A stable machine-readable code, e.g. <c>unknown-activity-type</c>.</param>
public sealed record DefinitionProblem(string? ActivityId, string JsonPath, string Message, string Code)
{
    /// <inheritdoc />
    public override string ToString() => $"{ActivityId ?? "(workflow)"}: {Message}";
}
