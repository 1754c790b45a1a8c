using System.Text.Json.Nodes;

namespace PcnFlow.Server.Definitions;

/// <summary>
/// <c>/api/workflow-definitions</c>: Elsa 3 definitions with drafts, versions, publishing, import/export and a
/// projected timeline. Everyone signed in reads; admins and programme leads write.
/// </summary>
internal static class DefinitionsApi
{
    public static RouteGroupBuilder MapDefinitionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/workflow-definitions").WithTags("Definitions").RequireAuthorization();

        group.MapGet("/", DefinitionQueries.ListAsync)
            .WithName("ListWorkflowDefinitions")
            .WithSummary("The latest version of each definition, with its published version, whether a draft exists and running instances.");
        group.MapGet("/{definitionId}", DefinitionQueries.GetAsync)
            .WithName("GetWorkflowDefinition")
            .WithSummary("The latest version of a definition, or ?version=N, with its Elsa JSON.");
        group.MapGet("/{definitionId}/versions", DefinitionQueries.VersionsAsync)
            .WithName("ListWorkflowDefinitionVersions")
            .WithSummary("Every version of a definition, newest first.");
        group.MapGet("/{definitionId}/export", DefinitionQueries.ExportAsync)
            .WithName("ExportWorkflowDefinition")
            .WithSummary("Downloads the latest version (or ?version=N) as an Elsa 3 JSON file.");
        group.MapPost("/validate", DefinitionChecks.ValidateAsync)
            .Accepts<JsonObject>("application/json")
            .WithName("ValidateWorkflowDefinition")
            .WithSummary("Checks a definition without saving it; answers 200 with every problem found.");
        group.MapPost("/{definitionId}/simulate", DefinitionChecks.SimulateAsync)
            .WithName("SimulateWorkflowDefinition")
            .WithSummary("Projects the timeline of tasks, reminders and escalations from a day-0 date, including child plans.");

        group.MapPost("/", DefinitionDrafts.CreateAsync)
            .Accepts<JsonObject>("application/json")
            .RequireAuthorization(DefinitionWriters.Policy)
            .WithName("CreateWorkflowDefinition")
            .WithSummary("Creates a new definition as draft version 1 from Elsa 3 JSON.");
        group.MapPut("/{definitionId}", DefinitionDrafts.UpdateAsync)
            .Accepts<JsonObject>("application/json")
            .RequireAuthorization(DefinitionWriters.Policy)
            .WithName("UpdateWorkflowDefinition")
            .WithSummary("Saves the draft; if the latest version is published, starts draft version N+1. Send If-Match to refuse a stale edit.");
        group.MapPost("/{definitionId}/publish", DefinitionPublishing.PublishAsync)
            .RequireAuthorization(DefinitionWriters.Policy)
            .WithName("PublishWorkflowDefinition")
            .WithSummary("Publishes the draft with a version note; running instances stay on the version they started on.");
        group.MapPost("/import", DefinitionDrafts.ImportAsync)
            .Accepts<JsonObject>("application/json")
            .RequireAuthorization(DefinitionWriters.Policy)
            .WithName("ImportWorkflowDefinition")
            .WithSummary("Imports an Elsa 3 JSON file: a new definition, or a new draft version of an existing one.");
        return group;
    }
}
