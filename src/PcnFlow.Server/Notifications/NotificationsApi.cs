namespace PcnFlow.Server.Notifications;

internal static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/notifications").WithTags("Notifications");
        return group;
    }
}
