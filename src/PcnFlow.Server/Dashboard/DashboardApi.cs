namespace PcnFlow.Server.Dashboard;

internal static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/dashboard").WithTags("Dashboard");
        return group;
    }
}
