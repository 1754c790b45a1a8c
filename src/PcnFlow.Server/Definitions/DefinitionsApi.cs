namespace PcnFlow.Server.Definitions;

internal static class DefinitionsApi
{
    public static RouteGroupBuilder MapDefinitionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/workflow-definitions").WithTags("Definitions");
        return group;
    }
}
