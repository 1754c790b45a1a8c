using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcnFlow.Persistence;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Calendar;

internal static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/calendar").WithTags("Calendar");
        group.MapGet("/{token}.ics", FeedAsync).WithName("GetCalendarFeed")
            .WithSummary("A person's iCalendar feed of due dates and reviews, found by their secret token (no sign-in)")
            .AllowAnonymous().Produces(StatusCodes.Status200OK, contentType: "text/calendar").ProducesProblem(StatusCodes.Status404NotFound);
        var me = routes.MapGroup("/me").WithTags("Calendar").RequireAuthorization();
        me.MapGet("/calendar-link", LinkAsync).WithName("GetCalendarLink")
            .WithSummary("The address of your calendar feed, to subscribe to in Outlook or another calendar");
        me.MapPost("/calendar-link/rotate", RotateAsync).WithName("RotateCalendarLink")
            .WithSummary("Give your calendar feed a new address; the old one stops working");
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> FeedAsync(string token, CalendarFeed feed, HttpContext http, CancellationToken ct)
    {
        var ics = token.Length is > 0 and <= 64 ? await feed.BuildAsync(token, ct) : null;
        if (ics == null)
            return ApiProblems.NotFound("There is no calendar at this address.");
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Text(ics, "text/calendar", Encoding.UTF8);
    }

    private static async Task<Results<Ok<CalendarLink>, ProblemHttpResult>> LinkAsync(CurrentUser user, PcnFlowDbContext db, IOptions<NotificationOptions> options, CancellationToken ct)
    {
        var id = user.Id;
        var token = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.CalendarToken).FirstOrDefaultAsync(ct);
        return token == null ? ApiProblems.NotFound("There is no such person.") : TypedResults.Ok(Link(options.Value, token));
    }

    private static async Task<Results<Ok<CalendarLink>, ProblemHttpResult>> RotateAsync(CurrentUser user, PcnFlowDbContext db, IOptions<NotificationOptions> options, CancellationToken ct)
    {
        var id = user.Id;
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        var changed = await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.CalendarToken, token), ct);
        return changed == 0 ? ApiProblems.NotFound("There is no such person.") : TypedResults.Ok(Link(options.Value, token));
    }

    private static CalendarLink Link(NotificationOptions options, string token) => new($"{options.PublicBaseUrl.TrimEnd('/')}/api/calendar/{token}.ics");
}
