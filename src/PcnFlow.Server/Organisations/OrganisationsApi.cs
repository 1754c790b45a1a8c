namespace PcnFlow.Server.Organisations;

internal static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/organisations").WithTags("Organisations");
        return group;
    }
}
