namespace PcnFlow.Server.Instances;

internal static class InstancesApi
{
    public static RouteGroupBuilder MapInstancesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/workflow-instances").WithTags("Instances");
        return group;
    }
}
