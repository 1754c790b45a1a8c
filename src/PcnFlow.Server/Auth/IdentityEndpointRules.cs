using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using PcnFlow.Server.Problems;

namespace PcnFlow.Server.Auth;

/// <summary>
/// Adjusts the endpoints that <c>MapIdentityApi</c> maps: people are created by admins and leads, so self-registration
/// answers 404; the endpoints used before signing in are anonymous; sign-in is rate limited; each gets a name and summary.
/// </summary>
internal static class IdentityEndpointRules
{
    private static readonly Dictionary<string, (string Name, string Summary, bool Anonymous)> Routes = new(StringComparer.Ordinal)
    {
        ["POST /login"] = ("Login", "Signs in with email and password; ?useCookies=true sets a cookie, otherwise returns a bearer token.", true),
        ["POST /refresh"] = ("RefreshToken", "Exchanges a refresh token for a new bearer token.", true),
        ["GET /confirmEmail"] = ("ConfirmEmail", "Confirms an email address from the emailed link.", true),
        ["POST /resendConfirmationEmail"] = ("ResendConfirmationEmail", "Sends the email confirmation link again.", true),
        ["POST /forgotPassword"] = ("ForgotPassword", "Emails a password reset code.", true),
        ["POST /resetPassword"] = ("ResetPassword", "Sets a new password with an emailed reset code.", true),
        ["POST /manage/2fa"] = ("ManageTwoFactor", "Shows or changes two-factor sign-in for the signed-in person.", false),
        ["GET /manage/info"] = ("GetAccountInfo", "The signed-in person's email and whether it is confirmed.", false),
        ["POST /manage/info"] = ("UpdateAccountInfo", "Changes the signed-in person's email or password.", false),
    };

    public static void Apply(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder route)
            return;
        var path = route.RoutePattern.RawText ?? "";
        var suffix = path[(path.LastIndexOf("/auth/", StringComparison.Ordinal) + "/auth".Length)..];
        if (suffix == "/register")
        {
            route.RequestDelegate = NotFoundAsync;
            route.Metadata.Add(new AllowAnonymousAttribute());
            route.Metadata.Add(new ExcludeFromDescriptionAttribute());
            return;
        }
        var method = route.Metadata.OfType<HttpMethodMetadata>().FirstOrDefault()?.HttpMethods is [var only] ? only : null;
        if (!Routes.TryGetValue($"{method} {suffix}", out var rule))
            return;
        if (rule.Anonymous)
            route.Metadata.Add(new AllowAnonymousAttribute());
        if (suffix == "/login")
            route.Metadata.Add(new EnableRateLimitingAttribute(LoginThrottle.Policy));
        // Identity links its confirmation emails by the endpoint name it gave; keep any name already there.
        if (!route.Metadata.OfType<IEndpointNameMetadata>().Any())
            route.Metadata.Add(new EndpointNameMetadata(rule.Name));
        route.Metadata.Add(new EndpointSummaryAttribute(rule.Summary));
    }

    private static Task NotFoundAsync(HttpContext context) =>
        ProblemResponses.WriteAsync(context, StatusCodes.Status404NotFound, "Not found",
            "There is no self-registration: an administrator or programme lead adds people.");
}
