namespace PcnFlow.Server.Events;

internal static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/events").WithTags("Events");
        return group;
    }
}
