namespace PcnFlow.Server.Tasks;

internal static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization();
        group.MapGet("/", TaskQueries.InboxAsync).WithName("GetInbox")
            .WithSummary("Your open tasks: overdue first, then by due date");
        group.MapGet("/{id:guid}", TaskQueries.GetAsync).WithName("GetTask")
            .WithSummary("Get a task with its form, outcomes, instructions, comments, evidence and sign-off decisions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/complete", TaskActions.CompleteAsync).WithName("CompleteTask")
            .WithSummary("Complete a task with an outcome and form data checked against its form")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/decision", TaskActions.DecideAsync).WithName("DecideSignOff")
            .WithSummary("Approve a sign-off, or return the work with a comment")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/comments", TaskCollaboration.CommentAsync).WithName("AddTaskComment")
            .WithSummary("Add a comment to a task")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/evidence", TaskCollaboration.AddEvidenceAsync).WithName("AddTaskEvidence")
            .WithSummary("Link evidence kept elsewhere to an open task")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/reassign", TaskPlanning.ReassignAsync).WithName("ReassignTask")
            .WithSummary("Give an open task to one person who holds its role (programme lead or admin)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}/schedule", TaskPlanning.RescheduleAsync).WithName("RescheduleTask")
            .WithSummary("Change an open task's due date, reminders or escalation; pending reminders are re-planned (programme lead or admin)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
