using Microsoft.AspNetCore.Http.HttpResults;
using PcnFlow.Engine.Definitions;

namespace PcnFlow.Server.Definitions;

internal static class DefinitionProblems
{
    /// <summary>
    /// A 400 whose <c>errors</c> are keyed by activity id (or JSON path for workflow-level problems), so the
    /// designer can put each message on the node it belongs to; the full list is in <c>problems</c>.
    /// </summary>
    public static ValidationProblem ToValidationProblem(IReadOnlyList<DefinitionProblem> problems) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => string.IsNullOrWhiteSpace(p.ActivityId) ? p.JsonPath : p.ActivityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal),
            detail: problems.Count == 1 ? problems[0].Message : $"The workflow definition has {problems.Count} problems; nothing was saved.",
            title: "The workflow definition is invalid.",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
}
