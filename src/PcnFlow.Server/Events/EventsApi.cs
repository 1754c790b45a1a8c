using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Events;

internal static class EventsApi
{
    private const int MaxNameLength = 200;

    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/events").WithTags("Events").RequireAuthorization();
        group.MapPost("/{name}", PublishAsync).WithName("PublishEvent")
            .WithSummary("Publish an event, resuming the programmes waiting for it in your ICS (programme lead or admin)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static async Task<Results<Ok<EventPublication>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        string name, PublishEventRequest? request, CurrentUser user, InstanceCommands commands, CancellationToken ct)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
            return ApiProblems.Invalid("name", $"Name the event in 1 to {MaxNameLength} characters.");
        var correlationId = string.IsNullOrWhiteSpace(request?.CorrelationId) ? null : request.CorrelationId.Trim();
        if (correlationId?.Length > MaxNameLength)
            return ApiProblems.Invalid("correlationId", $"Keep the correlation id under {MaxNameLength} characters.");
        var scope = await user.ScopeAsync(ct);
        if (!scope.IsAdmin && scope.LeadIcs.Count == 0)
            return ApiProblems.Forbidden("Only a programme lead or an admin can publish events.");
        var payload = request?.Payload is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } element ? JsonNode.Parse(element.GetRawText()) : null;
        var resumed = await commands.PublishEventAsync(name, payload, correlationId, scope.UserName, scope.IsAdmin ? null : scope.LeadIcs, ct);
        return TypedResults.Ok(new EventPublication(name, correlationId, resumed));
    }
}
