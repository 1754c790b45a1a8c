using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Server.Auth;

namespace PcnFlow.Server.Notifications;

/// <summary>The signed-in person's in-app notifications. Nobody sees anyone else's: another person's id is a 404.</summary>
internal static class NotificationsApi
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListNotifications")
            .WithSummary("My notifications, newest first, a page at a time, with how many are unread.");
        group.MapPost("/{id:long}/read", MarkReadAsync).WithName("MarkNotificationRead")
            .WithSummary("Marks one of my notifications as read. Marking it again changes nothing.");
        group.MapPost("/read-all", MarkAllReadAsync).WithName("MarkAllNotificationsRead")
            .WithSummary("Marks all my notifications as read.");
        return group;
    }

    private static async Task<Results<Ok<NotificationPage>, ValidationProblem>> ListAsync(
        CurrentUser user, PcnFlowDbContext db, CancellationToken ct, int page = 1, int pageSize = 20, bool unreadOnly = false)
    {
        if (page < 1)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["The page number starts at 1."] });
        if (pageSize is < 1 or > MaxPageSize)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pageSize"] = [$"The page size must be between 1 and {MaxPageSize}."] });
        var me = user.Id!.Value;
        var mine = db.InAppNotifications.AsNoTracking().Where(n => n.UserId == me);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var shown = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = await shown.CountAsync(ct);
        var items = await shown.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new NotificationView(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new NotificationPage(items, page, pageSize, total, unread));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(long id, CurrentUser user, PcnFlowDbContext db, TimeProvider time, CancellationToken ct)
    {
        var me = user.Id!.Value;
        if (!await db.InAppNotifications.AnyAsync(n => n.Id == id && n.UserId == me, ct))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"You have no notification {id}.");
        var now = time.GetUtcNow();
        await db.InAppNotifications.Where(n => n.Id == id && n.UserId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> MarkAllReadAsync(CurrentUser user, PcnFlowDbContext db, TimeProvider time, CancellationToken ct)
    {
        var me = user.Id!.Value;
        var now = time.GetUtcNow();
        await db.InAppNotifications.Where(n => n.UserId == me && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return TypedResults.NoContent();
    }
}
