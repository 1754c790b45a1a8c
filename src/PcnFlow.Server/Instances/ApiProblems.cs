using Microsoft.AspNetCore.Http.HttpResults;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Server.Instances;

/// <summary>
/// RFC 9457 problem details for the API's error statuses, with a sentence a person can act on. A 400 is a
/// validation problem keyed by the field at fault, so a form can show the message beside that field.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    /// <summary>The 409 or 404 for a command that neither succeeded nor was invalid; <paramref name="notFound"/> explains a 404.</summary>
    public static ProblemHttpResult Failed<T>(CommandResult<T> result, string notFound) =>
        result.Status == CommandStatus.Conflict ? Conflict(result.Message ?? "Someone else changed this first.") : NotFound(notFound);
}
