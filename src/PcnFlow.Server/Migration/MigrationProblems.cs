using Microsoft.AspNetCore.Http.HttpResults;

namespace PcnFlow.Server.Migration;

/// <summary>Problem details for migration: the missing version named by its parameter, and refusals naming the activity at fault.</summary>
internal static class MigrationProblems
{
    public static ProblemHttpResult NoSuchVersion(string definitionId, int version) => TypedResults.Problem(
        $"'{definitionId}' has no version {version} (toVersion={version}). Choose a published version from its version history.",
        statusCode: StatusCodes.Status404NotFound, title: "No such version",
        extensions: new Dictionary<string, object?> { ["field"] = "toVersion", ["toVersion"] = version });

    public static ProblemHttpResult Draft(string definitionId, int version) => TypedResults.Problem(
        $"Version {version} of '{definitionId}' is still a draft. Publish it before moving programmes to it.",
        statusCode: StatusCodes.Status409Conflict, title: "Conflict",
        extensions: new Dictionary<string, object?> { ["field"] = "toVersion", ["toVersion"] = version });

    /// <summary>A 409 whose detail is the first reason, with every refusal (activity id, title, reason) in <c>refusals</c>.</summary>
    public static ProblemHttpResult Refused(InstanceMigration result)
    {
        var first = result.Refusals[0];
        var more = result.Refusals.Count > 1 ? $" ({result.Refusals.Count - 1} more reason{(result.Refusals.Count == 2 ? "" : "s")} in refusals.)" : "";
        return TypedResults.Problem(first.Reason + more, statusCode: StatusCodes.Status409Conflict,
            title: $"This programme cannot move to version {result.ToVersion}",
            extensions: new Dictionary<string, object?>
            {
                ["activityId"] = first.ActivityId,
                ["activityTitle"] = first.Title,
                ["refusals"] = result.Refusals,
            });
    }
}
