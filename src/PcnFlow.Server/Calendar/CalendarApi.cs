namespace PcnFlow.Server.Calendar;

internal static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/calendar").WithTags("Calendar");
        return group;
    }
}
