using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Definitions;

namespace PcnFlow.Server.Organisations;

/// <summary><c>/api/me/preferences</c>: each person chooses individual emails or a daily digest, so a CD is not flooded.</summary>
internal static class PreferencesApi
{
    public static RouteGroupBuilder MapPreferencesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/me").WithTags("Me").RequireAuthorization();
        group.MapGet("/preferences", GetAsync)
            .WithName("GetMyPreferences")
            .WithSummary("Your notification preference: Individual emails or a DailyDigest.");
        group.MapPut("/preferences", SetAsync)
            .WithName("SetMyPreferences")
            .WithSummary("Chooses Individual emails or one DailyDigest.");
        return group;
    }

    private static async Task<Results<Ok<PreferencesDto>, ProblemHttpResult>> GetAsync(PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var preference = await db.Users.AsNoTracking().Where(u => u.Id == user.Id).Select(u => (NotificationPreference?)u.NotificationPreference).FirstOrDefaultAsync(ct);
        return preference is { } found ? TypedResults.Ok(new PreferencesDto(found.ToString())) : Gone();
    }

    private static async Task<Results<Ok<PreferencesDto>, ValidationProblem, ProblemHttpResult>> SetAsync(PreferencesDto body, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var names = Enum.GetNames<NotificationPreference>();
        var name = names.FirstOrDefault(n => string.Equals(n, body.NotificationPreference?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name == null)
            return ApiProblems.Invalid("notificationPreference", $"Choose {string.Join(" or ", names)}.");
        var me = await db.Users.FirstOrDefaultAsync(u => u.Id == user.Id, ct);
        if (me == null)
            return Gone();
        me.NotificationPreference = Enum.Parse<NotificationPreference>(name);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new PreferencesDto(name));
    }

    private static ProblemHttpResult Gone() => ApiProblems.NotFound("Your account no longer exists.");
}
