using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Expressions;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Server.Auth;

namespace PcnFlow.Server.Instances;

internal static class InstancesApi
{
    public static RouteGroupBuilder MapInstancesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/workflow-instances").WithTags("Instances").RequireAuthorization();
        group.MapPost("/", StartAsync).WithName("StartInstance")
            .WithSummary("Start a programme for a PCN from its day 0 (programme lead or admin; a CD may start their own personal plan)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", InstanceQueries.ListAsync).WithName("ListInstances")
            .WithSummary("List the programmes you can see, filtered by ICS, PCN, definition or status, a page at a time");
        group.MapGet("/{id}", InstanceQueries.GetAsync).WithName("GetInstance")
            .WithSummary("Get a programme with its open tasks, waiting timers and events, and incidents")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/journal", InstanceQueries.JournalAsync).WithName("GetInstanceJournal")
            .WithSummary("Get a programme's audit trail, oldest first, with sign-off decisions and comments")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/cancel", CancelAsync).WithName("CancelInstance")
            .WithSummary("Stop a programme: its open tasks close and nothing more is sent (programme lead or admin)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/share", ShareAsync).WithName("ShareInstance")
            .WithSummary("Share your personal plan with the programme lead, or stop sharing it")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Created<InstanceSummary>, ValidationProblem, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, CurrentUser user, PcnFlowDbContext db, InstanceCommands commands, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
            return ApiProblems.Invalid("definitionId", "Say which programme to start.");
        if (request.PcnId is not { } pcnId || pcnId == Guid.Empty)
            return ApiProblems.Invalid("pcnId", "Say which PCN the programme is for.");
        if (request.Day0 is not { } day0)
            return ApiProblems.Invalid("day0", "Give the programme's day 0, like 2026-07-01.");
        var scope = await user.ScopeAsync(ct);
        var pcn = await db.Organisations.AsNoTracking().Where(o => o.Id == pcnId && o.Kind == OrganisationKind.Pcn).FirstOrDefaultAsync(ct);
        if (pcn == null || !(scope.IsLeadOf(pcn.ParentId) || scope.MemberPcns.Contains(pcn.Id)))
            return ApiProblems.NotFound("There is no PCN with that id.");
        var versions = db.DefinitionVersions.AsNoTracking().Where(v => v.DefinitionId == request.DefinitionId && v.IsPublished);
        var version = request.Version is { } wanted
            ? await versions.FirstOrDefaultAsync(v => v.Version == wanted, ct)
            : await versions.OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        if (version == null)
        {
            return request.Version == null
                ? ApiProblems.Invalid("definitionId", $"There is no published programme '{request.DefinitionId}'.")
                : ApiProblems.Invalid("version", $"'{request.DefinitionId}' has no published version {request.Version}.");
        }
        var input = Input(request);
        Guid? owner = null;
        if (PersonalPlans.IsPersonal(version.Json))
        {
            var isLead = scope.IsLeadOf(pcn.ParentId);
            var isDirector = scope.DirectorPcns.Contains(pcn.Id);
            owner = request.OwnerUserId ?? (isDirector ? scope.UserId : null);
            if (!isLead && !(isDirector && owner == scope.UserId))
                return ApiProblems.Forbidden("A Clinical Director can start only their own plan; the programme lead can start one for them.");
            if (owner == null)
                return ApiProblems.Invalid("ownerUserId", "A personal plan belongs to one Clinical Director: say whose it is.");
            var director = await db.RoleAssignments.AsNoTracking()
                .Where(r => r.UserId == owner && r.Role == AccessRoles.ClinicalDirector && r.OrganisationId == pcn.Id)
                .Select(r => r.User!.DisplayName).FirstOrDefaultAsync(ct);
            if (director == null)
                return ApiProblems.Invalid("ownerUserId", $"That person is not a Clinical Director of {pcn.Name}.");
            input.TryAdd("cdName", director);
        }
        else if (!scope.IsLeadOf(pcn.ParentId))
        {
            return ApiProblems.Forbidden("Only the ICS programme lead can start a programme for a PCN.");
        }
        var started = await commands.StartAsync(new StartProgramme(version.DefinitionId, version.Version, pcn.Id, day0, input, owner), scope.UserName, ct);
        if (started.Status == CommandStatus.Invalid)
            return ApiProblems.Invalid(started.Errors);
        if (started.Status != CommandStatus.Ok)
            return ApiProblems.Failed(started, "There is no PCN with that id.");
        var summary = await InstanceQueries.Summaries(db.Instances.AsNoTracking().Where(i => i.Id == started.Value), db).FirstAsync(ct);
        return TypedResults.Created($"/api/workflow-instances/{summary.Id}", summary);
    }

    private static async Task<Results<Ok<InstanceSummary>, ProblemHttpResult>> CancelAsync(
        string id, CancelInstanceRequest? request, CurrentUser user, PcnFlowDbContext db, InstanceCommands commands, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var instance = await scope.Instances(db.Instances.AsNoTracking()).Where(i => i.Id == id).Select(i => new { i.IcsId, i.OwnerUserId }).FirstOrDefaultAsync(ct);
        if (instance == null)
            return ApiProblems.NotFound("There is no programme with that id.");
        var allowed = scope.IsAdmin || (instance.OwnerUserId == null ? scope.IsLeadOf(instance.IcsId) : instance.OwnerUserId == scope.UserId);
        if (!allowed)
            return ApiProblems.Forbidden("Only the ICS programme lead can stop a programme; a personal plan is stopped by its owner.");
        var cancelled = await commands.CancelAsync(id, scope.UserName, request?.Reason, ct);
        if (cancelled.Status != CommandStatus.Ok)
            return ApiProblems.Failed(cancelled, "There is no programme with that id.");
        return TypedResults.Ok(await InstanceQueries.Summaries(db.Instances.AsNoTracking().Where(i => i.Id == id), db).FirstAsync(ct));
    }

    private static async Task<Results<Ok<InstanceSummary>, ProblemHttpResult>> ShareAsync(
        string id, ShareInstanceRequest? request, CurrentUser user, PcnFlowDbContext db, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var instance = await scope.Instances(db.Instances.AsNoTracking()).Where(i => i.Id == id).Select(i => new { i.OwnerUserId, i.SharedWithLead }).FirstOrDefaultAsync(ct);
        if (instance == null)
            return ApiProblems.NotFound("There is no programme with that id.");
        if (instance.OwnerUserId == null)
            return ApiProblems.Conflict("Only a personal plan can be shared; the programme lead already sees this programme.");
        if (instance.OwnerUserId != scope.UserId)
            return ApiProblems.Forbidden("Only the person whose plan this is can share it.");
        var shared = request?.Shared ?? !instance.SharedWithLead;
        // The revision moves on, so an engine save working from the old row retries rather than overwriting.
        await db.Instances.Where(i => i.Id == id && i.OwnerUserId == scope.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.SharedWithLead, shared).SetProperty(i => i.Revision, i => i.Revision + 1), ct);
        return TypedResults.Ok(await InstanceQueries.Summaries(db.Instances.AsNoTracking().Where(i => i.Id == id), db).FirstAsync(ct));
    }

    private static Dictionary<string, object?> Input(StartInstanceRequest request)
    {
        var input = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.Input ?? [])
            input[name] = LiteralConverter.FromJson(JsonNode.Parse(value.GetRawText()));
        return input;
    }
}
