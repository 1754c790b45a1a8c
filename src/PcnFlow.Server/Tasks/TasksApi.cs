namespace PcnFlow.Server.Tasks;

internal static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/tasks").WithTags("Tasks");
        return group;
    }
}
